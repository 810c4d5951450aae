package org.letsconnect.notification.talkpage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Plain text made safe as wikitext. */
class WikitextTest {

    @Test
    void markupCharactersBecomeEntities() {
        assertEquals("&#91;&#91;Link&#93;&#93; &#123;&#123;T&#124;x&#125;&#125; &#60;b&#62; &#39;&#39;i&#39;&#39;",
                Wikitext.escape("[[Link]] {{T|x}} <b> ''i''", false));
        assertEquals("&#126;&#126;&#126;&#126; &#95;_TOC&#95;_ a_b", Wikitext.escape("~~~~ __TOC__ a_b", false));
    }

    @Test
    void lineStartsThatMakeListsOrHeadingsAreEscaped() {
        assertEquals("&#42; item", Wikitext.escape("* item", true));
        assertEquals("a * b", Wikitext.escape("a * b", true));
        assertEquals("&#61;&#61; H &#61;&#61;", Wikitext.escape("== H ==", true));
        assertEquals("&#45;---", Wikitext.escape("----", true));
    }

    @Test
    void urlsStayLinkableButNotInTitles() {
        assertEquals("See https://example.org/a?b=1&c=2.", Wikitext.section("See https://example.org/a?b=1&c=2.",
                new UUID(0, 1)).split("\n")[0]);
        assertTrue(Wikitext.title("See https://example.org").contains("&#58;//"));
    }

    @Test
    void aTitleIsOneShortLine() {
        assertEquals("A B", Wikitext.title(" A\nB "));
        assertEquals(200, Wikitext.title("x".repeat(300)).length());
    }

    @Test
    void theMarkerNamesTheDelivery() {
        UUID id = UUID.fromString("6f1c1c1e-8e0a-4a5e-9d55-2f7f4a1d9e21");
        assertEquals("<!-- letsconnect-notification:6f1c1c1e-8e0a-4a5e-9d55-2f7f4a1d9e21 -->", Wikitext.marker(id));
        assertTrue(Wikitext.section("Hi", id).endsWith("~~~~\n" + Wikitext.marker(id)));
    }
}
