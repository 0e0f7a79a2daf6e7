package org.tarjuman.core.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.Origin;
import org.tarjuman.core.model.TmMatch;
import org.tarjuman.core.model.TmUnit;
import org.tarjuman.core.store.Workspace;
import org.tarjuman.core.store.WorkspaceConfig;

class TmServiceTest {

  static final Locale AR = Locale.forLanguageTag("ar");
  static final Locale EN = Locale.forLanguageTag("en");
  private static final Instant OLD = Instant.parse("2023-05-01T08:00:00Z");
  private static final Instant NEW = Instant.parse("2024-05-01T08:00:00Z");

  @TempDir Path temp;
  private Workspace workspace;
  private TmService service;

  @BeforeEach
  void open() {
    workspace = Workspace.open(WorkspaceConfig.inFolder(temp));
    service = new TmService(workspace.tm());
  }

  @AfterEach
  void close() {
    workspace.close();
  }

  static TmUnit unit(String source, String target, String previous, String next, Instant at) {
    return new TmUnit(
        AR,
        EN,
        Content.ofText(source),
        Content.ofText(target),
        Optional.ofNullable(previous),
        Optional.ofNullable(next),
        Origin.XLIFF,
        at,
        at);
  }

  @Test
  void ranksAnInContextMatchAboveNewerExactMatches() {
    workspace
        .tm()
        .add(
            sink -> {
              sink.accept(
                  unit("وصل الوفد.", "The delegation arrived.", "بدأت الزيارة.", "انتهت.", OLD));
              sink.accept(unit("وصل الوفد.", "The delegation has arrived.", null, null, NEW));
            });

    List<TmMatch> matches =
        service.lookup(
            Content.ofText("وصل الوفد."),
            AR,
            EN,
            Optional.of(
                new TmService.Context(Optional.of("بدأتْ الزيارة."), Optional.of("انتهت."))),
            70,
            5);

    assertThat(matches).extracting(TmMatch::score).containsExactly(101, 100);
    assertThat(matches.get(0).unit().target().plainText()).isEqualTo("The delegation arrived.");
  }

  @Test
  void givesNoContextBonusWithoutContext() {
    workspace.tm().add(sink -> sink.accept(unit("وصل الوفد.", "Arrived.", null, null, OLD)));

    List<TmMatch> matches =
        service.lookup(Content.ofText("وصل الوفد."), AR, EN, Optional.empty(), 70, 5);

    assertThat(matches).extracting(TmMatch::score).containsExactly(100);
  }

  @Test
  void marksWhatTheFuzzyMatchHasThatTheQueryLacks() {
    workspace
        .tm()
        .add(
            sink ->
                sink.accept(
                    unit(
                        "وصل الوفد إلى الرباط يوم الاثنين.",
                        "Arrived on Monday.",
                        null,
                        null,
                        OLD)));

    List<TmMatch> matches =
        service.lookup(
            Content.ofText("وصل الوفد إلى الرباط يوم الثلاثاء."), AR, EN, Optional.empty(), 70, 5);

    assertThat(matches)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.score()).isEqualTo(85);
              assertThat(m.markedSource())
                  .isEqualTo("وصل الوفد إلى الرباط يوم [-الثلاثاء-] {+الاثنين+}.");
            });
  }

  @Test
  void keepsTheLimitAndTheMinimum() {
    workspace
        .tm()
        .add(
            sink -> {
              sink.accept(unit("a b c d e f g h i j", "1", null, null, OLD));
              sink.accept(unit("a b c d e f g h i k", "2", null, null, OLD));
              sink.accept(unit("a b c d e f g h x y", "3", null, null, OLD));
              sink.accept(unit("a b c d e f g x y z", "4", null, null, OLD));
            });

    assertThat(
            service.lookup(Content.ofText("a b c d e f g h i j"), AR, EN, Optional.empty(), 75, 2))
        .extracting(TmMatch::score)
        .containsExactly(100, 90);
    assertThat(
            service.lookup(Content.ofText("a b c d e f g h i j"), AR, EN, Optional.empty(), 75, 9))
        .extracting(TmMatch::score)
        .containsExactly(100, 90, 80);
  }

  @Test
  void refusesAnEmptyQueryAndAScoreAboveOneHundred() {
    assertThatThrownBy(
            () -> service.lookup(Content.ofText(" \u0640 "), AR, EN, Optional.empty(), 70, 5))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> service.lookup(Content.ofText("نص"), AR, EN, Optional.empty(), 101, 5))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("--min");
  }
}
