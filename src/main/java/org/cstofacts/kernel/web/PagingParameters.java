package org.cstofacts.kernel.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The contract's paging parameters, bound from the query string. Controllers take it as
 * {@code @ParameterObject PagingParameters paging} so the OpenAPI document describes each parameter, and turn it
 * into a {@link Pageable} with {@link #toPageable}, which refuses what is out of range instead of clamping it.
 */
public record PagingParameters(
		@Parameter(description = "Zero-based number of the page to return. A page past the end is empty.",
				schema = @Schema(type = "integer", minimum = "0", defaultValue = "0")) Integer page,
		@Parameter(description = "Number of items per page, from 1 to " + PagingParameters.MAX_SIZE + ".",
				schema = @Schema(type = "integer", minimum = "1", maximum = "" + PagingParameters.MAX_SIZE,
						defaultValue = "" + PagingParameters.DEFAULT_SIZE)) Integer size,
		@Parameter(description = "Sort order as `field` or `field,asc|desc`; repeat the parameter to sort by "
				+ "several fields. Only the fields this collection documents can be sorted by.",
				array = @ArraySchema(schema = @Schema(type = "string", example = "field,asc"))) List<String> sort) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	/**
	 * The page requested: page 0 of {@value #DEFAULT_SIZE} items when not given, sorted by {@code defaultSort}
	 * when no sort is given.
	 * @param sortable the fields a client may sort this collection by
	 * @param defaultSort the order when the client asks for none
	 * @throws InvalidParameterException naming {@code page}, {@code size} or {@code sort} when one is invalid
	 */
	public Pageable toPageable(Set<String> sortable, Sort defaultSort) {
		int number = (this.page != null) ? this.page : 0;
		int pageSize = (this.size != null) ? this.size : DEFAULT_SIZE;
		if (number < 0) {
			throw new InvalidParameterException("page", "page must be 0 or more, was " + number);
		}
		if (pageSize < 1 || pageSize > MAX_SIZE) {
			throw new InvalidParameterException("size",
					"size must be between 1 and %d, was %d".formatted(MAX_SIZE, pageSize));
		}
		// The database addresses rows by an int offset: a page beyond it cannot exist.
		if ((long) number * pageSize > Integer.MAX_VALUE) {
			throw new InvalidParameterException("page", "page %d is beyond any possible page of size %d"
				.formatted(number, pageSize));
		}
		Sort order = parseSort(sortable);
		return PageRequest.of(number, pageSize, order.isSorted() ? order : defaultSort);
	}

	/**
	 * Spring binds {@code sort=date,desc} either as one element or, splitting at the comma, as two
	 * ({@code ["date", "desc"]}). Both read the same once every element is cut into comma-separated tokens:
	 * a direction right after a field belongs to that field.
	 */
	private Sort parseSort(Set<String> sortable) {
		List<Sort.Order> orders = new ArrayList<>();
		boolean lastHasDirection = true;
		for (String token : sortTokens()) {
			Sort.Direction direction = directionOf(token);
			if (direction != null && !lastHasDirection) {
				int last = orders.size() - 1;
				orders.set(last, orders.get(last).with(direction));
				lastHasDirection = true;
			}
			else {
				orders.add(Sort.Order.asc(knownField(token, sortable)));
				lastHasDirection = false;
			}
		}
		return Sort.by(orders);
	}

	/** The non-blank comma-separated tokens of every sort element; a blank {@code sort=} asks for nothing. */
	private List<String> sortTokens() {
		if (this.sort == null) {
			return List.of();
		}
		return this.sort.stream()
			.flatMap((element) -> Arrays.stream(element.split(",")))
			.map(String::strip)
			.filter((token) -> !token.isEmpty())
			.toList();
	}

	private static Sort.Direction directionOf(String token) {
		return switch (token.toLowerCase(Locale.ROOT)) {
			case "asc" -> Sort.Direction.ASC;
			case "desc" -> Sort.Direction.DESC;
			default -> null;
		};
	}

	private static String knownField(String field, Set<String> sortable) {
		if (!sortable.contains(field)) {
			String fields = String.join(", ", sortable.stream().sorted().toList());
			String known = sortable.isEmpty() ? "this collection cannot be sorted"
					: "it is neither asc, desc nor one of the fields " + fields;
			throw new InvalidParameterException("sort",
					"cannot sort by '%s': %s; use field or field,asc|desc".formatted(field, known));
		}
		return field;
	}

}
