package vn.canbo.reports;

import java.util.List;
import java.util.Optional;

/**
 * SPI: a module contributes named figures (số liệu) to reports, the dashboard and
 * programme targets — e.g. career adds "appointed in the period", training "trained in
 * political theory", party "admitted in the period". Implement it as a Spring bean in
 * your module; {@link Figures} finds every provider.
 */
@org.springframework.modulith.NamedInterface("spi")
public interface FigureProvider {

	/**
	 * The figures this provider can compute. Codes are global: prefix them with the
	 * module (PEOPLE_, CAREER_…).
	 */
	List<FigureDefinition> definitions();

	/** Computes one of this provider's figures; empty when the code is not its own. */
	Optional<Figure> compute(String code, FigureRequest request);

	/**
	 * Refuses ({@link vn.canbo.shared.HiddenFieldException}) one of this provider's
	 * figures that counts by a field the caller may not see; nothing by default.
	 */
	default void requireVisible(String code) {
	}

}
