package org.cstofacts.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Answers the errors that never reach a controller (rejected by the servlet container or by a filter) with a
 * problem too. It replaces Boot's error controller, whose Whitelabel HTML page a browser would otherwise get.
 */
@Hidden
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ApiErrorController implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(ApiErrorController.class);

	@RequestMapping
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		HttpStatusCode status = statusOf(request);
		String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		ProblemDetail problem;
		if (status.is5xxServerError()) {
			String errorId = UUID.randomUUID().toString();
			log.error("Error {} answering {}", errorId, uri,
					(Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
			problem = Problems.serverError(status, errorId);
		}
		else {
			problem = ProblemDetail.forStatusAndDetail(status, clientErrorDetail(request, status));
		}
		problem.setInstance(instanceOf(uri));
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.withExplicitType(problem));
	}

	/** The request URI the container reports, unless it is too broken to be one (which may be why it failed). */
	private static URI instanceOf(String uri) {
		if (uri == null) {
			return null;
		}
		try {
			return new URI(uri);
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	private static HttpStatusCode statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		return (code instanceof Integer status && status >= 400) ? HttpStatusCode.valueOf(status)
				: HttpStatus.INTERNAL_SERVER_ERROR;
	}

	/** A 4xx message is one we or the container wrote for the client; without one the status says it all. */
	private static String clientErrorDetail(HttpServletRequest request, HttpStatusCode status) {
		Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
		if (message instanceof String text && StringUtils.hasText(text)) {
			return text;
		}
		HttpStatus known = HttpStatus.resolve(status.value());
		return "The request failed: " + ((known != null) ? known.getReasonPhrase() : "status " + status.value()) + ".";
	}

}
