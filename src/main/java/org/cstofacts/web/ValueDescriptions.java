package org.cstofacts.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.util.ClassUtils;

/**
 * Says in words what kind of value a parameter takes, so that a type mismatch is explained to the client
 * without naming a Java type.
 */
final class ValueDescriptions {

	private ValueDescriptions() {
	}

	static String of(Class<?> type) {
		if (type == null) {
			return "a value of the documented form";
		}
		Class<?> boxed = ClassUtils.resolvePrimitiveIfNecessary(type);
		if (boxed == Integer.class || boxed == Long.class || boxed == Short.class) {
			return "a whole number";
		}
		if (boxed == Double.class || boxed == Float.class || Number.class.isAssignableFrom(boxed)) {
			return "a number";
		}
		if (boxed == Boolean.class) {
			return "true or false";
		}
		if (type == LocalDate.class) {
			return "a date as YYYY-MM-DD";
		}
		if (type == LocalDateTime.class || type == OffsetDateTime.class) {
			return "a date and time as YYYY-MM-DDThh:mm:ss";
		}
		if (type.isEnum()) {
			return "one of " + Arrays.stream(type.getEnumConstants())
				.map((constant) -> ((Enum<?>) constant).name())
				.collect(Collectors.joining(", "));
		}
		return "a value of the documented form";
	}

}
