package org.tarjuman.core.model;

import java.time.Instant;
import java.util.Locale;

/**
 * A segment's translation into one language.
 *
 * @param target the target language
 * @param content the translated text with inline codes
 * @param status the translation's status
 * @param origin where the translation came from
 * @param score the match score for TM-based origins, else null
 * @param changedAt when it was last changed
 */
public record TranslationView(
    Locale target, Content content, Status status, Origin origin, Integer score, Instant changedAt) {}
