package org.tarjuman.cli.shell;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.Set;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.shell.core.command.CommandExecutionException;
import org.springframework.shell.core.command.CommandNotFoundException;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.exit.ExitStatusExceptionMapper;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.TarjumanException;

/**
 * The one place where an exception becomes an exit status and the line the user reads.
 *
 * <ul>
 *   <li>2, bad input: {@link InvalidInputException} (from the core or from the console's own
 *       checks), an unknown command, and what Spring Shell reports while binding a command's
 *       options (a missing required option, a value that is not a number);
 *   <li>1, failure: any other {@link TarjumanException} (such as a {@code StorageException}), with
 *       its message;
 *   <li>1, unexpected: anything else, as {@code Unexpected error: <root cause>} and how to see the
 *       details.
 * </ul>
 *
 * <p>Every command names this bean in {@code @Command(exitStatusExceptionMapper = BEAN)}, which is
 * how Spring Shell 4 routes the exceptions a command throws; the one-shot runner passes what fails
 * before a command runs (parsing, an unknown command) through the same mapper. With debugging on
 * ({@code TARJUMAN_DEBUG=1}) the stack trace goes to standard error as well.
 */
public final class ExitStatusMapper implements ExitStatusExceptionMapper {

  /** The bean name commands refer to. */
  public static final String BEAN = "exitStatusMapper";

  public static final int BAD_INPUT = 2;
  public static final int FAILURE = 1;

  private static final Set<String> WHOLE_NUMBER_TYPES = Set.of("Integer", "int", "Long", "long");

  private final Stderr stderr;
  private final boolean debug;

  public ExitStatusMapper(Stderr stderr, boolean debug) {
    this.stderr = stderr;
    this.debug = debug;
  }

  @Override
  public ExitStatus apply(Exception exception) {
    Throwable cause = unwrap(exception);
    if (debug) {
      stderr.stackTrace(cause);
    }
    return map(exception, cause);
  }

  /** The exit code for a status returned by a command or by Spring Shell itself. */
  public static int exitCode(ExitStatus status) {
    if (status.code() >= 0) {
      return status.code();
    }
    return status.code() == ExitStatus.USAGE_ERROR.code() ? BAD_INPUT : FAILURE;
  }

  private static ExitStatus map(Exception thrown, Throwable cause) {
    if (cause instanceof InvalidInputException) {
      return new ExitStatus(BAD_INPUT, cause.getMessage());
    }
    if (cause instanceof TarjumanException) {
      return new ExitStatus(FAILURE, withRootCause(cause));
    }
    if (cause instanceof CommandNotFoundException notFound) {
      return new ExitStatus(
          BAD_INPUT,
          "unknown command '" + notFound.getCommandName() + "'; type 'help' to list the commands");
    }
    if (cause instanceof ConversionFailedException conversion) {
      return new ExitStatus(BAD_INPUT, invalidValue(conversion));
    }
    // Thrown by Spring Shell itself while binding options (a command's own exceptions arrive
    // wrapped in an InvocationTargetException), e.g. "Required option '--source' is missing."
    if (thrown instanceof IllegalArgumentException) {
      return new ExitStatus(BAD_INPUT, thrown.getMessage());
    }
    return new ExitStatus(
        FAILURE,
        "Unexpected error: "
            + describe(rootCause(cause))
            + " (run with TARJUMAN_DEBUG=1 for details)");
  }

  private static String invalidValue(ConversionFailedException conversion) {
    String type = conversion.getTargetType().getType().getSimpleName();
    String expected = WHOLE_NUMBER_TYPES.contains(type) ? "a whole number" : "a " + type;
    return "'" + conversion.getValue() + "' is not " + expected;
  }

  /** The message, and the root cause's message when the message does not already say it. */
  private static String withRootCause(Throwable failure) {
    Throwable root = rootCause(failure);
    String message = failure.getMessage() == null ? "" : failure.getMessage();
    if (root == failure || root.getMessage() == null || message.contains(root.getMessage())) {
      return message;
    }
    return message + ": " + root.getMessage();
  }

  private static Throwable unwrap(Throwable thrown) {
    Throwable current = thrown;
    while (current.getCause() != null
        && (current instanceof InvocationTargetException
            || current instanceof UndeclaredThrowableException
            || current instanceof CommandExecutionException)) {
      current = current.getCause();
    }
    return current;
  }

  private static Throwable rootCause(Throwable thrown) {
    Throwable current = thrown;
    while (current.getCause() != null && current.getCause() != current) {
      current = current.getCause();
    }
    return current;
  }

  private static String describe(Throwable throwable) {
    String message = throwable.getMessage();
    return message == null || message.isBlank() ? throwable.getClass().getName() : message;
  }
}
