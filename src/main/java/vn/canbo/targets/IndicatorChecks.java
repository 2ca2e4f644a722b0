package vn.canbo.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.canbo.reports.FigureRequest;
import vn.canbo.reports.Figures;
import vn.canbo.reports.Populations;
import vn.canbo.shared.FieldError;
import vn.canbo.shared.Messages;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;
import vn.canbo.targets.Indicator.Kind;

/** The checks of an indicator before it is saved (split from {@link Programmes}). */
@Component
class IndicatorChecks {

	private final Figures figures;

	private final Populations populations;

	IndicatorChecks(Figures figures, Populations populations) {
		this.figures = figures;
		this.populations = populations;
	}

	/**
	 * Refuses (every error at once) an indicator without code, name, kind or direction,
	 * with a target out of range, a figure no provider knows or that refuses its filter,
	 * a population outside the scope; then one over a field its author may not see.
	 */
	void validate(Indicator i, Scope scope) {
		List<FieldError> e = new ArrayList<>();
		if (i.code() == null || i.code().isBlank()) {
			e.add(new FieldError("code", Messages.text("targets.error.indicatorCodeRequired"), i.code()));
		}
		if (i.name() == null || i.name().isBlank()) {
			e.add(new FieldError("name", Messages.text("targets.error.indicatorNameRequired"), i.name()));
		}
		if (i.kind() == null) {
			e.add(new FieldError("kind", Messages.text("targets.error.kindRequired"), null));
		}
		if (i.direction() == null) {
			e.add(new FieldError("direction", Messages.text("targets.error.directionRequired"), null));
		}
		if (i.decimals() < 0 || i.decimals() > 3) {
			e.add(new FieldError("decimals", Messages.text("targets.error.decimals"), i.decimals()));
		}
		if (i.targetValue() != null && i.targetValue().signum() < 0) {
			e.add(new FieldError("targetValue", Messages.text("targets.error.targetNegative"), i.targetValue()));
		}
		else if (i.targetValue() != null && i.kind() != null && i.kind() != Kind.COUNT_IN_PERIOD
				&& i.targetValue().compareTo(BigDecimal.valueOf(100)) > 0) {
			e.add(new FieldError("targetValue", Messages.text("targets.error.targetOver100"), i.targetValue()));
		}
		if (i.kind() != null && !i.manual()) {
			if (i.kind() == Kind.RATIO && blank(i.figureCode()) && i.numeratorPopulationId() == null) {
				e.add(new FieldError("figureCode", Messages.text("targets.error.ratioNeedsFigure"), null));
			}
			if (i.kind() != Kind.RATIO && blank(i.figureCode())) {
				e.add(new FieldError("figureCode", Messages.text("targets.error.figureOrManual"), null));
			}
			if (i.kind() == Kind.SHARE && blank(i.baseFigureCode())) {
				e.add(new FieldError("baseFigureCode", Messages.text("targets.error.shareNeedsBase"), null));
			}
			for (String code : new String[] { i.figureCode(), i.baseFigureCode() }) {
				if (!blank(code) && figures.definition(code.strip()).isEmpty()) {
					e.add(new FieldError("figureCode", Messages.text("targets.error.noFigureCode", code), code));
				}
			}
		}
		for (Long pid : new Long[] { i.populationId(), i.numeratorPopulationId() }) {
			if (pid != null && !populationVisible(pid, scope)) {
				e.add(new FieldError("populationId",
						Messages.text("targets.error.populationNotFound", String.valueOf(pid)), pid));
			}
		}
		if (e.isEmpty() && !i.manual() && !blank(i.figureCode()) && !i.figureFilter().isEmpty()) {
			// issue 16: a filter the figure refuses (unknown dimension or value) is
			// refused
			// now, not by every later report
			LocalDate today = LocalDate.now();
			try {
				figures.compute(i.figureCode().strip(),
						new FigureRequest(null, today, today, today, scope, i.figureFilter()));
			}
			catch (ValidationException x) {
				x.errors()
					.forEach(f -> e.add(new FieldError("figureFilter",
							Messages.text("targets.error.figureFilter", f.message()), f.rejectedValue())));
			}
		}
		if (!e.isEmpty()) {
			throw new ValidationException(e);
		}
		// issue 12: no indicator over a field its author may not see
		if (!i.manual()) {
			for (String code : new String[] { i.figureCode(), i.baseFigureCode() }) {
				if (!blank(code)) {
					figures.requireVisible(code.strip());
				}
			}
		}
		for (Long pid : new Long[] { i.populationId(), i.numeratorPopulationId() }) {
			if (pid != null) {
				populations.find(pid).ifPresent(Populations::requireVisible);
			}
		}
	}

	/**
	 * A population the user may see: one rooted outside the scope is answered exactly
	 * like one that does not exist.
	 */
	private boolean populationVisible(long id, Scope scope) {
		try {
			populations.get(id, scope);
			return true;
		}
		catch (NotFoundException e) {
			return false;
		}
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
