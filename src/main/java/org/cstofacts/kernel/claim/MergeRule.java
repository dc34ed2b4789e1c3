package org.cstofacts.kernel.claim;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * How a served field of a fact follows from its claims, said once for both ways a fact takes in claims: from all of
 * them ({@link #refresh}, when a fact is built or loses a claim) and one at a time without reading the others
 * ({@link #take}, when an article is added). Each rule's two ways give the same value whatever order the claims come
 * in.
 *
 * @param <F> the fact
 * @param <C> what one document says about it
 */
public interface MergeRule<F, C extends Claim> {

	/** Serves the value all the claims give. */
	void refresh(F fact, List<C> claims);

	/**
	 * Serves the value once one more claim is known, from the value served before it and the claims more recent than
	 * it.
	 */
	void take(F fact, C claim, List<C> newer);

	/** The value of the most recent claim that gives one. */
	static <F, C extends Claim, T> MergeRule<F, C> latest(Function<C, T> field, BiConsumer<F, T> serve) {
		return new MergeRule<>() {

			@Override
			public void refresh(F fact, List<C> claims) {
				serve.accept(fact, Claims.primary(claims, field));
			}

			@Override
			public void take(F fact, C claim, List<C> newer) {
				T offered = field.apply(claim);
				if (offered != null && newer.stream().map(field).allMatch(Objects::isNull)) {
					serve.accept(fact, offered);
				}
			}

		};
	}

	/** True once any claim says so. */
	static <F, C extends Claim> MergeRule<F, C> anyClaim(Predicate<C> says, BiConsumer<F, Boolean> serve) {
		return new MergeRule<>() {

			@Override
			public void refresh(F fact, List<C> claims) {
				serve.accept(fact, claims.stream().anyMatch(says));
			}

			@Override
			public void take(F fact, C claim, List<C> newer) {
				if (says.test(claim)) {
					serve.accept(fact, true);
				}
			}

		};
	}

	/** Every name of every claim, in the order of {@link Claims#joinSorted}. */
	static <F, C extends Claim> MergeRule<F, C> allNames(Function<C, Stream<String>> names,
			Function<F, List<String>> served, BiConsumer<F, String> serve) {
		return new MergeRule<>() {

			@Override
			public void refresh(F fact, List<C> claims) {
				serve.accept(fact, Claims.joinSorted(claims.stream().flatMap(names)));
			}

			@Override
			public void take(F fact, C claim, List<C> newer) {
				serve.accept(fact, Claims.addSorted(served.apply(fact), names.apply(claim)));
			}

		};
	}

	/**
	 * The value the claims rank first, for a field whose served value keeps what it is ranked by.
	 * @param value what a claim gives, null when it gives nothing
	 * @param ranking greater is better
	 * @param served the value served, null when none is
	 */
	static <F, C extends Claim, V> MergeRule<F, C> best(Function<C, V> value, Comparator<V> ranking,
			Function<F, V> served, BiConsumer<F, V> serve) {
		return new MergeRule<>() {

			@Override
			public void refresh(F fact, List<C> claims) {
				serve.accept(fact, claims.stream().map(value).filter(Objects::nonNull).max(ranking).orElse(null));
			}

			@Override
			public void take(F fact, C claim, List<C> newer) {
				V offered = value.apply(claim);
				V current = served.apply(fact);
				if (offered != null && (current == null || ranking.compare(offered, current) > 0)) {
					serve.accept(fact, offered);
				}
			}

		};
	}

}
