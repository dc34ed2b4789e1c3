package org.cstofacts.kernel.web;

/**
 * The resource a client asked for by its identifier does not exist. Answered as a 404 problem titled
 * "Not found" with a detail such as {@code No person with id 'x'}.
 */
public class ResourceNotFoundException extends RuntimeException {

	private final String resource;

	private final Object id;

	public ResourceNotFoundException(String resource, Object id) {
		super("No %s with id '%s'".formatted(resource, id));
		this.resource = resource;
		this.id = id;
	}

	public String resource() {
		return this.resource;
	}

	public Object id() {
		return this.id;
	}

}
