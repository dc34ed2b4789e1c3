package org.cstofacts.ingest;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleTextTest {

	@Test
	void utf8TextIsDecodedAsItIsWithoutAByteOrderMark() {
		byte[] bytes = "\uFEFFTitle — Zürich 📷\n".getBytes(StandardCharsets.UTF_8);
		assertThat(ArticleText.decode(bytes, StandardCharsets.UTF_8)).isEqualTo("Title — Zürich 📷\n");
	}

	@Test
	void bytesThatAreNotUtf8AreRefused() {
		byte[] latin1 = "Zürich".getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> ArticleText.decode(latin1, StandardCharsets.UTF_8))
			.isInstanceOf(WriteRefusedException.class)
			.hasMessageContaining("UTF-8");
	}

	@Test
	void binaryDataAndBlankTextAreRefused() {
		assertThatThrownBy(() -> ArticleText.check("PK\u0003\u0004")).hasMessageContaining("binary");
		assertThatThrownBy(() -> ArticleText.check(" \n\t")).hasMessageContaining("blank");
		assertThatThrownBy(() -> ArticleText.check(null)).hasMessageContaining("blank");
	}

}
