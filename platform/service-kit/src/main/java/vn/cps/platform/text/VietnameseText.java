package vn.cps.platform.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text rules for Vietnamese: stored in NFC, compared without diacritics or case. Tone marks go
 * with the other marks, so "Hoà" and "Hòa" (two placements of the same tone) compare equal.
 */
public final class VietnameseText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private VietnameseText() {
    }

    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }

    /** "Nguyễn Văn An" and "nguyen  van an" fold to the same key (null stays null). */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String bare = COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
