package org.cstofacts.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.cstofacts.database.DatabaseOutage;
import org.cstofacts.kernel.web.InvalidParameterException;
import org.cstofacts.kernel.web.ResourceNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every exception a request can raise into an RFC 9457 problem. Spring's base class already maps the
 * framework's exceptions to the right status; here the 400s are reworded to name the parameter without
 * mentioning Java types, and 5xx details are replaced, so that nothing internal ever reaches a client.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private static final int ECHOED_VALUE_LENGTH = 60;

	@ExceptionHandler
	ResponseEntity<Object> handleInvalidParameter(InvalidParameterException ex, WebRequest request) {
		return problem(ex, Problems.invalidParameter(ex.parameter(), ex.getMessage()), request);
	}

	@ExceptionHandler
	ResponseEntity<Object> handleResourceNotFound(ResourceNotFoundException ex, WebRequest request) {
		return problem(ex, Problems.resourceNotFound(ex.getMessage()), request);
	}

	@ExceptionHandler
	ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
		if (DatabaseOutage.explains(ex)) {
			return handleExceptionInternal(ex, Problems.databaseUnavailable(), Problems.retryAfter(),
					HttpStatus.SERVICE_UNAVAILABLE, request);
		}
		return handleExceptionInternal(ex, null, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String parameter = (ex.getPropertyName() != null) ? ex.getPropertyName() : "parameter";
		return problem(ex, Problems.invalidParameter(parameter, mismatchDetail(parameter, ex)), request);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String parameter = ex.getParameterName();
		return problem(ex, Problems.invalidParameter(parameter, parameter + " is required"), request);
	}

	/** Bind errors of {@code @ParameterObject} records and validation errors of request bodies. */
	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problem(ex, bindingProblem(ex.getBindingResult()), request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex.getMostSpecificCause() instanceof JacksonException json && !json.getPath().isEmpty()) {
			String field = json.getPath()
				.stream()
				.map((reference) -> (reference.getPropertyName() != null) ? reference.getPropertyName()
						: String.valueOf(reference.getIndex()))
				.collect(Collectors.joining("."));
			return problem(ex, Problems.invalidParameter(field,
					field + " in the request body has the wrong type or form"), request);
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request body is missing or malformed; send it in the documented form (JSON must be well-formed).");
		return problem(ex, problem, request);
	}

	/** Says which media types the resource has, so the client can fix its Accept header. */
	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<MediaType> served = ex.getSupportedMediaTypes();
		String detail = served.isEmpty() ? "This resource has no media type that the Accept header asks for."
				: "This resource is served as " + MediaType.toString(served)
						+ "; ask for one of these in the Accept header.";
		return handleExceptionInternal(ex, ProblemDetail.forStatusAndDetail(status, detail), headers, status,
				request);
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return problem(ex, unknownPath(request), request);
	}

	@Override
	protected ResponseEntity<Object> handleNoHandlerFoundException(NoHandlerFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		return problem(ex, unknownPath(request), request);
	}

	/**
	 * Every problem passes here. A 5xx is logged with an id and its detail replaced, since exception messages
	 * may hold SQL, class names or paths; but not a database out of reach, which the database monitor reports once
	 * for the whole outage rather than every request. The base class then leaves alone a response already
	 * committed (the client went away mid-answer, say).
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		Object problem = body;
		if (DatabaseOutage.explains(ex)) {
			log.debug("The database did not answer {}: {}", describe(request), ex.toString());
		}
		else if (statusCode.is5xxServerError()) {
			String errorId = UUID.randomUUID().toString();
			log.error("Error {} answering {}", errorId, describe(request), ex);
			problem = Problems.serverError(statusCode, errorId);
		}
		return super.handleExceptionInternal(ex, problem, headers, statusCode, request);
	}

	/**
	 * Fixes the content type to {@code application/problem+json}: a client that accepts only, say, XML still
	 * learns what went wrong, and never gets an HTML page.
	 */
	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail problem) {
			Problems.withExplicitType(problem);
		}
		HttpHeaders problemHeaders = new HttpHeaders();
		problemHeaders.putAll(headers);
		problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return new ResponseEntity<>(body, problemHeaders, statusCode);
	}

	private ResponseEntity<Object> problem(Exception ex, ProblemDetail problem, WebRequest request) {
		HttpStatusCode status = HttpStatusCode.valueOf(problem.getStatus());
		return handleExceptionInternal(ex, problem, new HttpHeaders(), status, request);
	}

	private static ProblemDetail bindingProblem(BindingResult result) {
		FieldError field = result.getFieldError();
		if (field == null) {
			List<ObjectError> errors = result.getGlobalErrors();
			String detail = errors.isEmpty() ? "the request is invalid" : errors.get(0).getDefaultMessage();
			return Problems.invalidParameter(result.getObjectName(), detail);
		}
		String parameter = field.getField();
		TypeMismatchException mismatch = field.contains(TypeMismatchException.class)
				? field.unwrap(TypeMismatchException.class) : null;
		String detail = (mismatch != null) ? mismatchDetail(parameter, mismatch)
				: parameter + " " + field.getDefaultMessage();
		return Problems.invalidParameter(parameter, detail);
	}

	private static String mismatchDetail(String parameter, TypeMismatchException ex) {
		String value = String.valueOf(ex.getValue());
		if (value.length() > ECHOED_VALUE_LENGTH) {
			value = value.substring(0, ECHOED_VALUE_LENGTH) + "...";
		}
		return "%s must be %s, was '%s'".formatted(parameter, ValueDescriptions.of(ex.getRequiredType()), value);
	}

	private static ProblemDetail unknownPath(WebRequest request) {
		return Problems.unknownPath(describe(request));
	}

	private static String describe(WebRequest request) {
		HttpServletRequest servletRequest = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
		return (servletRequest != null) ? servletRequest.getMethod().toUpperCase(Locale.ROOT) + " "
				+ servletRequest.getRequestURI() : request.getDescription(false);
	}

}
