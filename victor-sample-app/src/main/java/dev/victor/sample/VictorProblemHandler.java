package dev.victor.sample;

import dev.victor.client.error.VictorApiException;
import dev.victor.client.error.VictorBadRequestException;
import dev.victor.client.error.VictorConflictException;
import dev.victor.client.error.VictorNotFoundException;
import dev.victor.client.error.VictorTransportException;
import dev.victor.client.error.VictorValidationException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebInputException;

/**
 * Turns every failure of a payout into an RFC 7807 problem response: 400 for a body that
 * is not a payout or one the client refused before sending, Victor's own status (400,
 * 404, 409, 422) with its reason when Victor refused the payout, 504 when Victor did not
 * answer in time, and 502 only for Victor's own failures. Problems carry the idempotency
 * key, so a caller can retry the same payout without risking a second payment.
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

	/**
	 * A body that is not a payout at all: malformed JSON, an amount that is not a number.
	 * The input is not echoed back.
	 */
	@ExceptionHandler(ServerWebInputException.class)
	ProblemDetail unreadable(ServerWebInputException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Unreadable payout",
				"The body must be JSON such as {\"counterpartyId\":\"cp_2\",\"amount\":\"12.34\"}.");
	}

	/**
	 * Victor refused the payout itself (400, 404, 409, 422): the same status, with
	 * Victor's reason, such as an unknown counterparty or an Idempotency-Key reused with
	 * another body.
	 */
	@ExceptionHandler({ VictorBadRequestException.class, VictorNotFoundException.class, VictorConflictException.class })
	ProblemDetail refused(VictorApiException ex) {
		String reason = (ex.getErrorBody().message() != null) ? ex.getErrorBody().message()
				: "Victor answered " + ex.getStatusCode().value() + " to " + ex.getOperation();
		ProblemDetail problem = problem(HttpStatus.valueOf(ex.getStatusCode().value()), "Victor refused the payout",
				reason);
		problem.setProperty("fieldErrors", ex.getFieldErrors());
		problem.setProperty("idempotencyKey", ex.getIdempotencyKey());
		return problem;
	}

	@ExceptionHandler(VictorApiException.class)
	ProblemDetail upstreamError(VictorApiException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_GATEWAY, "Victor failed",
				"Victor answered " + ex.getStatusCode().value() + " to " + ex.getOperation());
		problem.setProperty("idempotencyKey", ex.getIdempotencyKey());
		problem.setProperty("outcomeUnknown", ex.isOutcomeUnknown());
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
