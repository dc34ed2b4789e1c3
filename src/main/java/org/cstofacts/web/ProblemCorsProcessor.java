package org.cstofacts.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;

/**
 * Refuses a cross-origin request through the container's error handling instead of Spring's plain-text
 * "Invalid CORS request", so the client gets a 403 problem like every other refusal.
 */
class ProblemCorsProcessor extends DefaultCorsProcessor {

	@Override
	protected void rejectRequest(ServerHttpResponse response) throws IOException {
		HttpServletResponse servletResponse = ((ServletServerHttpResponse) response).getServletResponse();
		servletResponse.sendError(HttpServletResponse.SC_FORBIDDEN,
				"This origin may not make this cross-origin request; csto.cors.allowed-origins and "
						+ "csto.cors.write-origins say which origins may read and write.");
	}

}
