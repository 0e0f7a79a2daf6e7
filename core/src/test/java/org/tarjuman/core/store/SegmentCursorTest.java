package org.tarjuman.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tarjuman.core.InvalidInputException;
import org.tarjuman.core.model.Content;
import org.tarjuman.core.model.SegmentView;

class SegmentCursorTest {

  private static final Locale EN = Locale.ENGLISH;

  @Test
  void handsOutEverySegmentInOrderAcrossPagesReadAhead() {
    int total = 2 * SegmentCursor.PAGE + 7;
    SegmentCursor cursor = new SegmentCursor(store(total, -1), 1, 1, EN);

    List<Integer> positions = new ArrayList<>();
    cursor.forEachRemaining(s -> positions.add(s.index()));

    assertThat(positions)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, total).boxed().toList());
  }

  @Test
  void aPageThatCannotBeReadFailsWithItsOwnExceptionWhereTheCallerReachesIt() {
    SegmentCursor cursor = new SegmentCursor(store(3 * SegmentCursor.PAGE, 1), 1, 1, EN);
    for (int i = 0; i < SegmentCursor.PAGE; i++) {
      cursor.next();
    }

    assertThatThrownBy(cursor::hasNext)
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("page 1 cannot be read");
  }

  /**
   * A store whose version has {@code total} segments at positions 1 to {@code total}, and whose
   * page {@code failing} (counted from 0) cannot be read.
   */
  private static DocumentStore store(int total, int failing) {
    return (DocumentStore)
        Proxy.newProxyInstance(
            DocumentStore.class.getClassLoader(),
            new Class<?>[] {DocumentStore.class},
            (proxy, method, args) -> {
              if (!method.getName().equals("segments") || args.length != 5) {
                throw new UnsupportedOperationException(method.getName());
              }
              int after = (int) args[3];
              int limit = (int) args[4];
              if (after / SegmentCursor.PAGE == failing) {
                throw new InvalidInputException("page " + failing + " cannot be read");
              }
              return IntStream.rangeClosed(after + 1, Math.min(total, after + limit))
                  .mapToObj(SegmentCursorTest::segment)
                  .toList();
            });
  }

  private static SegmentView segment(int position) {
    return new SegmentView(
        position,
        1,
        "article",
        1,
        0,
        "tu" + position,
        position,
        Content.ofText("جملة " + position),
        1,
        List.of());
  }
}
