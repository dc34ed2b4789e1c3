package org.cstofacts.kernel.claim;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MergeRuleTest {

	private record Said(Long documentId, LocalDateTime publishedAt, String name, boolean flag, Integer rank)
			implements Claim {
	}

	private static final class Fact {

		String name;

		boolean flag;

		String names = "";

		Said best;

		@Override
		public String toString() {
			return name + " " + flag + " " + names + " " + best;
		}

	}

	private static final List<MergeRule<Fact, Said>> RULES = List.of(
			MergeRule.latest(Said::name, (fact, name) -> fact.name = name),
			MergeRule.anyClaim(Said::flag, (fact, flag) -> fact.flag = flag),
			MergeRule.allNames(said -> Stream.ofNullable(said.name()), fact -> Claims.split(fact.names),
					(fact, names) -> fact.names = names),
			MergeRule.best(said -> said.rank() == null ? null : said,
					Comparator.comparing(Said::rank).thenComparing(Claims.BY_RECENCY), fact -> fact.best,
					(fact, best) -> fact.best = best));

	private static final List<Said> CLAIMS = List.of(
			new Said(1L, LocalDateTime.parse("2020-01-01T00:00"), "Anna", false, 2),
			new Said(2L, null, "Ana", true, null),
			new Said(3L, LocalDateTime.parse("2021-01-01T00:00"), null, false, 2),
			new Said(4L, LocalDateTime.parse("2019-06-01T00:00"), "Anne", false, 1),
			new Said(5L, LocalDateTime.parse("2021-01-01T00:00"), null, false, null));

	@Test
	void takingClaimsOneAtATimeInAnyOrderServesWhatAllClaimsTogetherServe() {
		Fact together = new Fact();
		RULES.forEach(rule -> rule.refresh(together, CLAIMS));

		for (List<Said> order : permutations(CLAIMS)) {
			Fact oneAtATime = new Fact();
			List<Said> taken = new ArrayList<>();
			for (Said claim : order) {
				List<Said> newer = taken.stream().filter(other -> Claims.BY_RECENCY.compare(other, claim) > 0).toList();
				RULES.forEach(rule -> rule.take(oneAtATime, claim, newer));
				taken.add(claim);
			}
			assertThat(oneAtATime).as("claims in the order %s", order).hasToString(together.toString());
		}
		assertThat(together).hasToString("Anna true Ana\nAnna\nAnne " + CLAIMS.get(2));
	}

	private static <T> List<List<T>> permutations(List<T> items) {
		if (items.isEmpty()) {
			return List.of(List.of());
		}
		List<List<T>> all = new ArrayList<>();
		for (T first : items) {
			List<T> rest = new ArrayList<>(items);
			rest.remove(first);
			for (List<T> tail : permutations(rest)) {
				List<T> order = new ArrayList<>(List.of(first));
				order.addAll(tail);
				all.add(order);
			}
		}
		return all;
	}

}
