package org.cstofacts.statement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.cstofacts.extraction.ArticleFacts.SpeakerType;
import org.cstofacts.extraction.ArticleFacts.StatementKind;

/**
 * Words one article attributes to a speaker. Statements belong to their article and are not merged.
 */
@Entity
@Table(name = "statement")
class Statement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "body", nullable = false)
	private String text;

	@Enumerated(EnumType.STRING)
	@Column(name = "kind", nullable = false, length = 20)
	private StatementKind kind;

	@Enumerated(EnumType.STRING)
	@Column(name = "speaker_type", nullable = false, length = 20)
	private SpeakerType speakerType;

	@Column(name = "speaker_id", nullable = false, length = 200)
	private String speakerId;

	@Column(name = "speaker_name")
	private String speakerName;

	@Column(name = "topic")
	private String topic;

	@Column(name = "document_id", nullable = false)
	private Long documentId;

	@Column(name = "start_offset", nullable = false)
	private int start;

	@Column(name = "end_offset", nullable = false)
	private int end;

	@Column(name = "search_text", nullable = false)
	private String searchText;

	protected Statement() {
	}

	public Statement(Long documentId, String text, StatementKind kind, Speaker speaker, String topic, int start,
			int end, String searchText) {
		this.documentId = documentId;
		this.text = text;
		this.kind = kind;
		this.speakerType = speaker.type();
		this.speakerId = speaker.id();
		this.speakerName = speaker.name();
		this.topic = topic;
		this.start = start;
		this.end = end;
		this.searchText = searchText;
	}

	/** Who said it: a person by slug, an organization by acronym, a country by alpha-3 code. */
	public record Speaker(SpeakerType type, String id, String name) {
	}

	public Long getId() {
		return id;
	}

	public String getText() {
		return text;
	}

	public StatementKind getKind() {
		return kind;
	}

	public Speaker getSpeaker() {
		return new Speaker(speakerType, speakerId, speakerName);
	}

	public String getTopic() {
		return topic;
	}

	public Long getDocumentId() {
		return documentId;
	}

	public int getStart() {
		return start;
	}

	public int getEnd() {
		return end;
	}

}
