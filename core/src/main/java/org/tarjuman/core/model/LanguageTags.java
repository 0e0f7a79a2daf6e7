package org.tarjuman.core.model;

import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tarjuman.core.InvalidInputException;

/** Parses BCP 47 language tags as users type them ({@code ar}, {@code en-GB}, {@code zh-Hant}). */
public final class LanguageTags {

  private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());
  private static final Set<String> ISO_639_2 =
      ISO_639_1.stream().map(l -> new Locale(l).getISO3Language()).collect(Collectors.toSet());

  private LanguageTags() {}

  /**
   * The locale for a tag whose language subtag is a known ISO 639 code.
   *
   * @throws InvalidInputException for a malformed tag or an unknown language
   */
  public static Locale parse(String tag) {
    String trimmed = tag == null ? "" : tag.trim();
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(trimmed).build();
    } catch (IllformedLocaleException e) {
      throw new InvalidInputException(
          "'" + trimmed + "' is not a BCP 47 language tag; use e.g. ar, en, fr-CA");
    }
    String language = locale.getLanguage();
    if (language.isEmpty() || !(ISO_639_1.contains(language) || ISO_639_2.contains(language))) {
      throw new InvalidInputException(
          "unknown language '" + trimmed + "'; use a BCP 47 tag such as ar, en, fr-CA");
    }
    return locale;
  }

  /** Parses a comma-separated list of tags ({@code en,fr}); duplicates are dropped. */
  public static List<Locale> parseList(String tags) {
    List<Locale> out = new ArrayList<>();
    for (String tag : (tags == null ? "" : tags).split(",")) {
      if (!tag.isBlank()) {
        Locale locale = parse(tag);
        if (!out.contains(locale)) {
          out.add(locale);
        }
      }
    }
    if (out.isEmpty()) {
      throw new InvalidInputException("no target language given; use e.g. --target en or en,fr");
    }
    return out;
  }

  /**
   * The document target language that {@code asked} stands for: the same tag, or else the only
   * target with the same language ({@code en-US} asked for {@code en} stored, or the reverse), since
   * CAT tools and users often add or drop a region.
   */
  public static Optional<Locale> documentTarget(Locale asked, List<Locale> targets) {
    for (Locale candidate : targets) {
      if (candidate.toLanguageTag().equalsIgnoreCase(asked.toLanguageTag())) {
        return Optional.of(candidate);
      }
    }
    List<Locale> sameLanguage =
        targets.stream().filter(l -> l.getLanguage().equals(asked.getLanguage())).toList();
    return sameLanguage.size() == 1 ? Optional.of(sameLanguage.get(0)) : Optional.empty();
  }
}
