package org.cstofacts.country;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.cstofacts.extraction.ArticleFacts.CountryFact;
import org.cstofacts.kernel.claim.Claims;
import org.cstofacts.kernel.claim.FactWriter;
import org.cstofacts.kernel.claim.Merger;
import org.springframework.stereotype.Component;

/** Merges the countries of each article into one record per alpha-3 code. */
@Component
public class CountryMerger extends Merger<Country, CountryClaim, CountryRepository> {

	CountryMerger(CountryRepository countries, FactWriter writer) {
		super(countries, writer);
	}

	public void merge(Long documentId, LocalDateTime publishedAt, List<CountryFact> facts) {
		for (CountryFact fact : facts) {
			String code = fact.code().toUpperCase(Locale.ROOT);
			Country country = stored.findById(code)
				.orElseGet(() -> new Country(code, fact.isoAlpha2(), fact.name()));
			claim(country, new CountryClaim(documentId, publishedAt, fact.officialName(), fact.member(),
					Claims.join(fact.aliases())), fact.sources());
		}
	}

}
