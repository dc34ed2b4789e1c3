package org.cstofacts.kernel.web;

/**
 * A request parameter the client sent is malformed or out of range. Answered as a 400 problem titled
 * "Invalid parameter" whose {@code parameter} property names it, so a client can point at the culprit.
 */
public class InvalidParameterException extends RuntimeException {

	private final String parameter;

	public InvalidParameterException(String parameter, String detail) {
		super(detail);
		this.parameter = parameter;
	}

	public String parameter() {
		return this.parameter;
	}

}
