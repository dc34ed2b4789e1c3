package org.cstofacts.kernel.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PublicAddressTest {

	@Test
	void withoutAConfiguredUrlAddressesAreRelativeToTheService() {
		PublicAddress address = new PublicAddress("");

		assertThat(address.of("/api/people/anna")).isEqualTo("/api/people/anna");
		assertThat(address.server()).isEqualTo("/");
	}

	@Test
	void aConfiguredUrlPrefixesEveryAddressOnceWhateverItsTrailingSlashes() {
		PublicAddress address = new PublicAddress("https://facts.example.org/v1//");

		assertThat(address.of("/api/people/anna")).isEqualTo("https://facts.example.org/v1/api/people/anna");
		assertThat(address.server()).isEqualTo("https://facts.example.org/v1");
	}

	@Test
	void aUrlThatCannotPrefixAddressesIsRefusedAtStart() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PublicAddress("facts.example.org"));
		assertThatIllegalArgumentException().isThrownBy(() -> new PublicAddress("ftp://facts.example.org"));
		assertThatIllegalArgumentException().isThrownBy(() -> new PublicAddress("https://facts.example.org/?a=1"));
	}

}
