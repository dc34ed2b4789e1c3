package org.cstofacts.kernel.web;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PagingParametersTest {

	private static final Set<String> SORTABLE = Set.of("date", "title");

	private static final Sort DEFAULT_SORT = Sort.by("date");

	private static Pageable pageable(Integer page, Integer size, List<String> sort) {
		return new PagingParameters(page, size, sort).toPageable(SORTABLE, DEFAULT_SORT);
	}

	private static void assertInvalid(Integer page, Integer size, List<String> sort, String parameter) {
		assertThatThrownBy(() -> pageable(page, size, sort)).isInstanceOfSatisfying(InvalidParameterException.class,
				(ex) -> assertThat(ex.parameter()).isEqualTo(parameter));
	}

	@Test
	void noParametersGiveTheFirstPageOfTwentyInTheDefaultOrder() {
		Pageable pageable = pageable(null, null, null);

		assertThat(pageable.getPageNumber()).isZero();
		assertThat(pageable.getPageSize()).isEqualTo(20);
		assertThat(pageable.getSort()).isEqualTo(DEFAULT_SORT);
	}

	@Test
	void givenPageAndSizeAreKept() {
		Pageable pageable = pageable(3, 100, null);

		assertThat(pageable.getPageNumber()).isEqualTo(3);
		assertThat(pageable.getPageSize()).isEqualTo(100);
	}

	@Test
	void negativePageIsRefusedNamingPage() {
		assertInvalid(-1, null, null, "page");
	}

	@Test
	void pageWhoseOffsetNoDatabaseCanReachIsRefusedNamingPage() {
		assertInvalid(Integer.MAX_VALUE, 100, null, "page");
	}

	@Test
	void sizeOutsideOneToHundredIsRefusedNamingSize() {
		assertInvalid(null, 0, null, "size");
		assertInvalid(null, 101, null, "size");
		assertInvalid(null, -5, null, "size");
	}

	@Test
	void sortFieldAloneSortsAscending() {
		assertThat(pageable(null, null, List.of("title")).getSort()).isEqualTo(Sort.by(Sort.Order.asc("title")));
	}

	@Test
	void sortWithDirectionInOneElementIsRead() {
		assertThat(pageable(null, null, List.of("date,desc")).getSort()).isEqualTo(Sort.by(Sort.Order.desc("date")));
	}

	@Test
	void sortSplitByTheBinderIntoFieldAndDirectionIsRead() {
		assertThat(pageable(null, null, List.of("date", "DESC")).getSort())
			.isEqualTo(Sort.by(Sort.Order.desc("date")));
	}

	@Test
	void severalSortFieldsKeepTheirOrderAndDirections() {
		assertThat(pageable(null, null, List.of("title,desc", "date,asc")).getSort())
			.isEqualTo(Sort.by(Sort.Order.desc("title"), Sort.Order.asc("date")));
		assertThat(pageable(null, null, List.of("title", "date", "desc")).getSort())
			.isEqualTo(Sort.by(Sort.Order.asc("title"), Sort.Order.desc("date")));
	}

	@Test
	void blankSortFallsBackToTheDefaultOrder() {
		assertThat(pageable(null, null, List.of("")).getSort()).isEqualTo(DEFAULT_SORT);
	}

	@Test
	void unknownSortFieldIsRefusedNamingSortAndTheKnownFields() {
		assertThatThrownBy(() -> pageable(null, null, List.of("bogus,asc")))
			.isInstanceOfSatisfying(InvalidParameterException.class, (ex) -> {
				assertThat(ex.parameter()).isEqualTo("sort");
				assertThat(ex.getMessage()).contains("bogus").contains("date, title");
			});
	}

	@Test
	void unknownDirectionIsRefusedNamingSortAndTheKnownDirections() {
		assertThatThrownBy(() -> pageable(null, null, List.of("date,upwards")))
			.isInstanceOfSatisfying(InvalidParameterException.class, (ex) -> {
				assertThat(ex.parameter()).isEqualTo("sort");
				assertThat(ex.getMessage()).contains("'upwards'").contains("neither asc, desc");
			});
	}

	@Test
	void directionWithoutFieldIsRefusedNamingSort() {
		assertInvalid(null, null, List.of("desc"), "sort");
		assertInvalid(null, null, List.of("date,desc,asc"), "sort");
	}

}
