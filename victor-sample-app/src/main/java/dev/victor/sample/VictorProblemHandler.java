package dev.victor.sample;

import dev.victor.client.error.VictorApiException;
import dev.victor.client.error.VictorBadRequestException;
import dev.victor.client.error.VictorTransportException;
import dev.victor.client.error.VictorValidationException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns Victor failures into RFC 7807 problem responses: 400 for requests Victor (or the
 * client, before sending) refused as invalid, 504 when Victor did not answer in time, 502 for
 * any other upstream failure. Problems carry the idempotency key, so a caller can retry the
 * same payout without risking a second payment.
 *
 * @since 0.1.0
 */
@RestControllerAdvice
class VictorProblemHandler {

	@ExceptionHandler(VictorValidationException.class)
	ProblemDetail invalidRequest(VictorValidationException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid payout", ex.getMessage());
		problem.setProperty("violations", ex.getViolations());
		return problem;
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail invalidArgument(IllegalArgumentException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid payout", ex.getMessage());
	}

	@ExceptionHandler(VictorBadRequestException.class)
	ProblemDetail refused(VictorBadRequestException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Victor refused the payout",
				"Victor answered " + ex.getStatusCode().value() + " to " + ex.getOperation());
		problem.setProperty("fieldErrors", ex.getFieldErrors());
		problem.setProperty("idempotencyKey", ex.getIdempotencyKey());
		return problem;
	}

	@ExceptionHandler(VictorApiException.class)
	ProblemDetail upstreamError(VictorApiException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_GATEWAY, "Victor failed",
				"Victor answered " + ex.getStatusCode().value() + " to " + ex.getOperation());
		problem.setProperty("idempotencyKey", ex.getIdempotencyKey());
		return problem;
	}

	@ExceptionHandler(VictorTransportException.class)
	ProblemDetail noAnswer(VictorTransportException ex) {
		HttpStatus status = ex.isRequestSent() ? HttpStatus.GATEWAY_TIMEOUT : HttpStatus.BAD_GATEWAY;
		ProblemDetail problem = problem(status, ex.isRequestSent() ? "Victor did not answer" : "Victor unreachable",
				ex.isRequestSent() ? "The outcome is unknown: retry with the same Idempotency-Key."
						: "The payout was not sent: it is safe to retry.");
		problem.setProperty("idempotencyKey", ex.getIdempotencyKey());
		problem.setProperty("outcomeUnknown", ex.isRequestSent());
		return problem;
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
