package vn.cps.cases.domain;

import java.text.Normalizer;
import java.util.Locale;

/** Text rules for Vietnamese names: stored in NFC, searched without diacritics or case. */
public final class VietnameseText {

    private VietnameseText() {
    }

    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }

    /** "Nguyễn Văn An" and "nguyen van an" fold to the same key. */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D');
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
