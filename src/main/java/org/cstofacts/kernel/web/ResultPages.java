package org.cstofacts.kernel.web;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/** Pages of a list ranked in memory. */
public final class ResultPages {

	private ResultPages() {
	}

	public static <T> Page<T> page(List<T> ranked, Pageable pageable) {
		if (pageable.isUnpaged()) {
			return new PageImpl<>(ranked);
		}
		int from = (int) Math.min(pageable.getOffset(), ranked.size());
		int to = Math.min(from + pageable.getPageSize(), ranked.size());
		return new PageImpl<>(ranked.subList(from, to), pageable, ranked.size());
	}

}
