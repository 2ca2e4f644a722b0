package vn.canbo.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Issue 20, point 12: the pages' numbers follow the page's language (Vietnamese 1.759 and
 * 17,07%, English 1,759 and 17.07%); the static forms, which write the Vietnamese
 * documents, stay Vietnamese whatever the language.
 */
class FormatsTest {

	final Formats fmt = new Formats();

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void vietnameseByDefault() {
		assertThat(fmt.n(1759)).isEqualTo("1.759");
		assertThat(fmt.n(new BigDecimal("3.33"))).isEqualTo("3,33");
		assertThat(fmt.pct(new BigDecimal("17.0666"))).isEqualTo("17,07%");
	}

	@Test
	void englishOnAnEnglishPage() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(fmt.n(1759)).isEqualTo("1,759");
		assertThat(fmt.n(new BigDecimal("1234.5"))).isEqualTo("1,234.5");
		assertThat(fmt.pct(new BigDecimal("17.0666"))).isEqualTo("17.07%");
		// documents stay Vietnamese
		assertThat(Formats.number(1759)).isEqualTo("1.759");
		assertThat(Formats.percent(new BigDecimal("17.0666"))).isEqualTo("17,07%");
	}

	// issue 20 (english2): coefficients and averages follow the page too
	@Test
	void coefficientsAndAveragesFollowThePage() {
		assertThat(fmt.coef(new BigDecimal("2"))).isEqualTo("2,00");
		assertThat(fmt.avg(42.36)).isEqualTo("42,4");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(fmt.coef(new BigDecimal("3.33"))).isEqualTo("3.33");
		assertThat(fmt.avg(1234.56)).isEqualTo("1,234.6");
		// documents stay Vietnamese
		assertThat(Formats.coefficient(new BigDecimal("3.33"))).isEqualTo("3,33");
		assertThat(Formats.oneDecimal(43.25)).isEqualTo("43,3");
	}

}
