package org.sessionauth.platform.boundary;

import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.sessionauth.platform.control.Problem;
import org.sessionauth.platform.control.ProblemException;

/** Every failure leaves as problem+json (DESIGN §4.8); none carries a stack trace. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    @Provider
    public static class Refusals implements ExceptionMapper<ProblemException> {
        @Override
        public Response toResponse(ProblemException e) {
            return e.response();
        }
    }

    /** 404, 405, 406, 415 and the other answers JAX-RS gives on its own. */
    @Provider
    public static class HttpErrors implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            if (status.getStatusCode() >= 500) {
                return Unexpected.answer(e);
            }
            Response.ResponseBuilder answer = Problem.of(status, codeOf(status), status.getReasonPhrase())
                    .toResponseBuilder();
            e.getResponse().getHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type")) {
                    values.forEach(value -> answer.header(name, value));
                }
            });
            return answer.build();
        }

        private static String codeOf(Response.StatusType status) {
            return status.getReasonPhrase().toLowerCase().replace(' ', '_');
        }
    }

    /** A body that is not JSON, or not the JSON the endpoint takes. */
    @Provider
    public static class MalformedJson implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return malformed();
        }
    }

    @Provider
    public static class UnreadableBody implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return malformed();
        }
    }

    @Provider
    public static class InvalidInput implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            String detail = e.getConstraintViolations().stream()
                    .map(v -> field(v.getPropertyPath().toString()) + " " + v.getMessage())
                    .sorted()
                    .collect(Collectors.joining("; "));
            return Problem.of(Problem.UNPROCESSABLE, "invalid_input", detail).toResponse();
        }

        /** {@code login.body.refreshToken} → {@code refresh_token}: the field as the client wrote it. */
        private static String field(String path) {
            return path.substring(path.lastIndexOf('.') + 1).replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
        }
    }

    /** Unwraps what an EJB wrapped, and answers 500 with an id to find the logged cause by. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {

        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Context
        Providers providers;

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Response toResponse(Throwable e) {
            if (e instanceof EJBException && e.getCause() != null) {
                Throwable cause = e.getCause();
                ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
                if (mapper != null && mapper != this) {
                    return mapper.toResponse(cause);
                }
            }
            return answer(e);
        }

        static Response answer(Throwable e) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "incident " + incident, e);
            return Problem.of(Status.INTERNAL_SERVER_ERROR, "internal_error", "incident " + incident).toResponse();
        }
    }

    private static Response malformed() {
        return Problem.of(Status.BAD_REQUEST, "malformed_body", "The body is not the JSON this endpoint takes.")
                .toResponse();
    }
}
