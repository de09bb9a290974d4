package org.xistudy.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SafeUrlTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://x", "https://www.usip.org/publications/2023/12/implications",
            "HTTPS://EXAMPLE.COM/a?b=c#d", "https://example.com:8443/path", "https://zh.wikipedia.org/wiki/%E4%B8%AD",
            "https://en.wikipedia.org/wiki/Central_Foreign_Affairs_Commission"})
    void opensHttpAndHttpsWithAHost(String url) {
        assertTrue(SafeUrl.isSafe(url), SafeUrl.problem(url).orElse(""));
    }

    static Stream<String> hostile() {
        return Stream.of(null, "", "javascript:alert(1)", "JaVaScRiPt:alert(1)", "javascript://example.com/%0aalert(1)",
                "file:///etc/passwd", "FILE:///C:/Windows/win.ini", "data:text/html,<script>alert(1)</script>",
                "data:text/html;base64,PHNjcmlwdD4=", " http://x", "http://x ", "\thttp://x", "http:/x", "http:x",
                "//evil.com", "/relative/path", "relative.html", "https://", "https:///path", "http://?q=1",
                "mailto:someone@example.com", "ftp://example.com/file", "vbscript:msgbox", "about:blank",
                "http://user:pass@example.com/", "https://www.google.com@evil.com/",
                "https://example.com/" + "a".repeat(SafeUrl.MAX_LENGTH), "https://example.com/\u0000",
                "https://example.com/a\nb", "https://exa\rmple.com", "https://example.com/\u202Egnp.exe",
                "https://exa mple.com", "https://example.com/\u00A0", "http://[::1", "https://ex%ample.com",
                "jar:file:/x!/y", "http\u0000://x");
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void neverOpensAnythingElse(String url) {
        assertFalse(SafeUrl.isSafe(url), () -> "opened " + url);
        assertFalse(SafeUrl.problem(url).orElseThrow().isBlank());
    }

    @Test
    void everyAddressOfTheBundledPackOpens() {
        var pack = PackLoader.loadDefault().pack();
        assertTrue(SafeUrl.isSafe(pack.source().url()), pack.source().url());
        long withUrl = pack.references().stream().filter(r -> r.url() != null).peek(r ->
                assertTrue(SafeUrl.isSafe(r.url()), r.id() + ": " + r.url())).count();
        assertTrue(withUrl > 10, "the bundled references have addresses");
    }

    @Test
    void showsAnAddressWithoutItsControlCharactersAndShortened() {
        assertEquals("https://example.com/\uFFFDx", SafeUrl.shown("https://example.com/\u0007x"));
        String longUrl = "https://example.com/" + "a".repeat(500);
        String shown = SafeUrl.shown(longUrl);
        assertEquals(SafeUrl.SHOWN_LENGTH + 1, shown.length());
        assertTrue(shown.endsWith("\u2026"));
        assertEquals("", SafeUrl.shown(null));
    }
}
