package vn.canbo.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.canbo.shared.SpreadsheetText;

class LegacyVietnameseTest {

	@Test
	void tcvn3IsDetectedAndConverted() {
		LegacyVietnamese.Result r = LegacyVietnamese.convert("NguyÔn V¨n §øc");
		assertThat(r.converted()).isTrue();
		assertThat(r.encoding()).isEqualTo(LegacyVietnamese.Encoding.TCVN3);
		assertThat(r.text()).isEqualTo("Nguyễn Văn Đức");
		assertThat(LegacyVietnamese.convert("Hµ Néi").text()).isEqualTo("Hà Nội");
		assertThat(LegacyVietnamese.convert("TrÇn ThÞ Thu H­¬ng").text()).isEqualTo("Trần Thị Thu Hương");
	}

	@Test
	void vniIsDetectedAndConverted() {
		LegacyVietnamese.Result r = LegacyVietnamese.convert("Nguyeãn Vaên Ñöùc");
		assertThat(r.converted()).isTrue();
		assertThat(r.encoding()).isEqualTo(LegacyVietnamese.Encoding.VNI);
		assertThat(r.text()).isEqualTo("Nguyễn Văn Đức");
		assertThat(LegacyVietnamese.convert("Traàn Thò Thu Höông").text()).isEqualTo("Trần Thị Thu Hương");
	}

	@Test
	void unicodeAndPlainTextAreLeftAlone() {
		for (String s : new String[] { "Nguyễn Văn Đức", "Hà", "Tô Lâm", "Nguyen Van Duc", "12/03/1975", "Hòa Bình" }) {
			LegacyVietnamese.Result r = LegacyVietnamese.convert(s);
			assertThat(r.converted()).as(s).isFalse();
			assertThat(r.text()).isEqualTo(s);
		}
	}

	@Test
	void formulaInjectionIsEscaped() {
		assertThat(SpreadsheetText.safe("=1+2")).isEqualTo("'=1+2");
		assertThat(SpreadsheetText.safe("+84 912")).isEqualTo("'+84 912");
		assertThat(SpreadsheetText.safe("-5")).isEqualTo("'-5");
		assertThat(SpreadsheetText.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(SpreadsheetText.safe("Nguyễn")).isEqualTo("Nguyễn");
		assertThat(SpreadsheetText.safe(null)).isNull();
	}

}
