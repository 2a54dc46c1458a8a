package se.arenaregister.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.arenaregister.support.IntegrationTest;

/** The register with the keyboard only: skip link first, then the filters in reading order, with visible focus. */
@IntegrationTest
class KeyboardBrowserTest {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;

    @Test
    void skipLinkFirstThenTheFiltersByTab() {
        Page page = browser.page();
        page.navigate("http://localhost:" + port + "/arenas");

        page.keyboard().press("Tab");
        Locator skipLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hoppa till innehållet"));
        assertThat(skipLink).isFocused();
        assertThat(skipLink).isInViewport();
        assertVisibleFocus(page);
        BrowserSupport.screenshot(page, "keyboard-01-skip-link-focused");

        page.keyboard().press("Enter");
        assertThat(page.locator("main")).isFocused();

        // Next come the filter form's controls, in the order they have in the page.
        @SuppressWarnings("unchecked")
        List<String> controls = (List<String>) page.evaluate("""
                () => [...document.querySelectorAll('form.filters :is(input, select, textarea, button, a[href])')]
                        .filter(e => !e.disabled && e.type !== 'hidden')
                        .map(e => e.id ? '#' + e.id : e.tagName.toLowerCase() + ':' + e.textContent.trim())""");
        Assertions.assertThat(controls).contains("#q", "#subArea", "button:Filtrera");
        List<String> reached = new ArrayList<>();
        for (String control : controls) {
            page.keyboard().press("Tab");
            String focused = focusedElement(page);
            reached.add(focused);
            if (focused.equals(control)) {
                assertVisibleFocus(page);
            }
            if (focused.equals("#subArea")) {
                BrowserSupport.screenshot(page, "keyboard-02-sub-area-focused");
            }
        }
        Assertions.assertThat(reached)
                .as("what Tab reaches after the skip link: the filter form's controls, in order")
                .isEqualTo(controls);
    }

    /** "#id" for elements with an id, else "tag:text". */
    static String focusedElement(Page page) {
        return (String) page.evaluate("""
                () => {
                    const e = document.activeElement;
                    if (!e || e === document.body) return 'body';
                    return e.id ? '#' + e.id : e.tagName.toLowerCase() + ':' + e.textContent.trim();
                }""");
    }

    /** The focused element draws a visible outline (the stylesheet's :focus-visible rule). */
    static void assertVisibleFocus(Page page) {
        Object outline = page.evaluate("""
                () => {
                    const style = getComputedStyle(document.activeElement);
                    return style.outlineStyle + ' ' + style.outlineWidth;
                }""");
        Assertions.assertThat((String) outline).as("outline of the focused element %s", focusedElement(page))
                .doesNotStartWith("none").doesNotEndWith(" 0px");
    }
}
