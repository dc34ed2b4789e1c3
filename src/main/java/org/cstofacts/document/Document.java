package org.cstofacts.document;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.cstofacts.extraction.ArticleFacts;

/**
 * A stored article: the source of truth every fact is derived from.
 */
@Entity
@Table(name = "document")
class Document {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "title")
	private String title;

	@Column(name = "publisher")
	private String publisher;

	@Column(name = "category")
	private String category;

	@Column(name = "published_at")
	private LocalDateTime publishedAt;

	@Column(name = "published_offset")
	private ZoneOffset publishedOffset;

	@Column(name = "source_name")
	private String sourceName;

	@Column(name = "content_sha256", length = 64, nullable = false, unique = true)
	private String contentSha256;

	@Column(name = "body", nullable = false)
	private String text;

	@ElementCollection
	@CollectionTable(name = "document_section", joinColumns = @JoinColumn(name = "document_id"))
	@OrderColumn(name = "position")
	private List<DocumentSection> sections = new ArrayList<>();

	@Column(name = "extractor_version", nullable = false, length = 100)
	private String extractorVersion;

	@Column(name = "stored_at", nullable = false)
	private LocalDateTime storedAt;

	@Column(name = "country_count", nullable = false)
	private int countryCount;

	@Column(name = "organization_count", nullable = false)
	private int organizationCount;

	@Column(name = "person_count", nullable = false)
	private int personCount;

	@Column(name = "event_count", nullable = false)
	private int eventCount;

	@Column(name = "statement_count", nullable = false)
	private int statementCount;

	protected Document() {
	}

	/**
	 * @param publishedOffset the offset from UTC that the article's page gives with its publication time, or null: the
	 * text the pipeline reads does not carry it
	 */
	public Document(String text, String contentSha256, String sourceName, LocalDateTime storedAt,
			ZoneOffset publishedOffset) {
		this.text = text;
		this.publishedOffset = publishedOffset;
		this.contentSha256 = contentSha256;
		this.sourceName = sourceName;
		this.storedAt = storedAt;
	}

	/** Takes what the extractor read from the text: the version that read it, metadata and sections. */
	void describe(String extractorVersion, ArticleFacts.Metadata metadata, List<ArticleFacts.Section> sections) {
		this.extractorVersion = extractorVersion;
		this.title = metadata.title();
		this.publisher = metadata.publisher();
		this.category = metadata.category();
		this.publishedAt = metadata.publishedAt();
		// A page's offset is kept when the text gives none: the page is not read again.
		if (metadata.offset() != null) {
			this.publishedOffset = metadata.offset();
		}
		this.sections.clear();
		sections.forEach(section -> this.sections
			.add(new DocumentSection(section.heading(), section.start(), section.end())));
	}

	void count(ExtractedCounts counts) {
		this.countryCount = counts.countries();
		this.organizationCount = counts.organizations();
		this.personCount = counts.people();
		this.eventCount = counts.events();
		this.statementCount = counts.statements();
	}

	public Long getId() {
		return id;
	}

	public String getTitle() {
		return title;
	}

	public String getPublisher() {
		return publisher;
	}

	public String getCategory() {
		return category;
	}

	public LocalDateTime getPublishedAt() {
		return publishedAt;
	}

	public ZoneOffset getPublishedOffset() {
		return publishedOffset;
	}

	public String getSourceName() {
		return sourceName;
	}

	public String getContentSha256() {
		return contentSha256;
	}

	public String getText() {
		return text;
	}

	public List<DocumentSection> getSections() {
		return List.copyOf(sections);
	}

	public String getExtractorVersion() {
		return extractorVersion;
	}

	public LocalDateTime getStoredAt() {
		return storedAt;
	}

	public ExtractedCounts getExtractedCounts() {
		return new ExtractedCounts(countryCount, organizationCount, personCount, eventCount, statementCount);
	}

}
