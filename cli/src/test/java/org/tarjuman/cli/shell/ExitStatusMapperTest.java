package org.tarjuman.cli.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.shell.core.command.CommandExecutionException;
import org.springframework.shell.core.command.CommandNotFoundException;
import org.springframework.shell.core.command.ExitStatus;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.StorageException;

class ExitStatusMapperTest {

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final Stderr stderr =
      new Stderr(new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), () -> false);
  private final ExitStatusMapper mapper = new ExitStatusMapper(stderr, /* debug= */ false);

  /** How Spring Shell hands over what a command method threw. */
  private static Exception thrownByCommand(Throwable cause) {
    return new InvocationTargetException(cause);
  }

  @Test
  void mapsInvalidInputToTwoWithItsMessage() {
    ExitStatus status =
        mapper.apply(thrownByCommand(new InvalidInputException("unknown language 'xx'")));

    assertThat(status).isEqualTo(new ExitStatus(2, "unknown language 'xx'"));
  }

  @Test
  void mapsStorageFailuresToOneWithTheRootCause() {
    StorageException failure =
        new StorageException(
            "cannot open the workspace database", new SQLException("file is locked"));

    ExitStatus status = mapper.apply(thrownByCommand(failure));

    assertThat(status.code()).isEqualTo(1);
    assertThat(status.description())
        .isEqualTo("cannot open the workspace database: file is locked");
  }

  @Test
  void mapsUnexpectedExceptionsToOneNamingTheRootCauseAndTheDebugSwitch() {
    RuntimeException bug =
        new IllegalStateException("wrapper", new NullPointerException("name is null"));

    ExitStatus status = mapper.apply(thrownByCommand(bug));

    assertThat(status.code()).isEqualTo(1);
    assertThat(status.description())
        .startsWith("Unexpected error: name is null")
        .contains("TARJUMAN_DEBUG=1");
  }

  @Test
  void namesTheExceptionTypeWhenTheRootCauseHasNoMessage() {
    ExitStatus status = mapper.apply(thrownByCommand(new NullPointerException()));

    assertThat(status.description()).startsWith("Unexpected error: java.lang.NullPointerException");
  }

  @Test
  void treatsAnIllegalArgumentFromTheCommandItselfAsUnexpected() {
    ExitStatus status = mapper.apply(thrownByCommand(new IllegalArgumentException("bug")));

    assertThat(status.code()).isEqualTo(1);
  }

  @Test
  void mapsSpringShellsOptionBindingErrorsToTwo() {
    ExitStatus missing =
        mapper.apply(new IllegalArgumentException("Required option '--source' is missing."));
    ExitStatus notANumber =
        mapper.apply(
            new ConversionFailedException(
                TypeDescriptor.valueOf(String.class),
                TypeDescriptor.valueOf(Integer.class),
                "abc",
                new NumberFormatException("For input string: \"abc\"")));

    assertThat(missing).isEqualTo(new ExitStatus(2, "Required option '--source' is missing."));
    assertThat(notANumber).isEqualTo(new ExitStatus(2, "'abc' is not a whole number"));
  }

  @Test
  void mapsAnUnknownCommandToTwo() {
    ExitStatus status =
        mapper.apply(new CommandExecutionException("x", new CommandNotFoundException("frob")));

    assertThat(status.code()).isEqualTo(2);
    assertThat(status.description()).contains("unknown command 'frob'", "help");
  }

  @Test
  void printsTheStackTraceOnlyWhenDebugging() {
    mapper.apply(thrownByCommand(new IllegalStateException("boom")));
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();

    new ExitStatusMapper(stderr, /* debug= */ true)
        .apply(thrownByCommand(new IllegalStateException("boom")));
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("java.lang.IllegalStateException: boom", "\tat ");
  }

  @Test
  void turnsSpringShellsNegativeStatusesIntoExitCodes() {
    assertThat(ExitStatusMapper.exitCode(ExitStatus.OK)).isZero();
    assertThat(ExitStatusMapper.exitCode(ExitStatus.USAGE_ERROR)).isEqualTo(2);
    assertThat(ExitStatusMapper.exitCode(ExitStatus.EXECUTION_ERROR)).isEqualTo(1);
    assertThat(ExitStatusMapper.exitCode(ExitStatus.AVAILABILITY_ERROR)).isEqualTo(1);
  }
}
