package vn.canbo.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.canbo.catalog.CatalogItem;
import vn.canbo.catalog.Catalogs;
import vn.canbo.people.PersonView;
import vn.canbo.people.Qualification;
import vn.canbo.people.QualificationKind;
import vn.canbo.shared.Messages;
import vn.canbo.training.TitleRequirement;
import vn.canbo.training.TitleStandard;
import vn.canbo.training.TitleStandards;

/**
 * PLAN-09: what a person lacks of the standard of a title (training's
 * {@link TitleStandards}, the version in force on the day for the unit's level), compared
 * as training's gap analysis does: a level meets when it is the required one or later in
 * its kind's level catalog (QP-AN groups: DT1 the highest).
 */
@Component
class StandardGaps {

	private final TitleStandards standards;

	private final Catalogs catalogs;

	StandardGaps(TitleStandards standards, Catalogs catalogs) {
		this.standards = standards;
		this.catalogs = catalogs;
	}

	/** The gaps as sentences; null when the title has no standard in force. */
	List<String> gaps(PersonView person, String titleCode, String adminLevel, LocalDate on) {
		return gaps(person, standards.inForce(titleCode, adminLevel, on), on);
	}

	/** The standard in force of a title and level (read once by a bulk caller). */
	Optional<TitleStandard> inForce(String titleCode, String adminLevel, LocalDate on) {
		return standards.inForce(titleCode, adminLevel, on);
	}

	/** The gaps against a standard already read; null without one. */
	List<String> gaps(PersonView person, Optional<TitleStandard> s, LocalDate on) {
		if (s.isEmpty()) {
			return null;
		}
		Orders orders = orders();
		Map<QualificationKind, String> held = new EnumMap<>(QualificationKind.class);
		for (TitleRequirement r : s.get().requirements()) {
			for (Qualification q : person.qualifications()) {
				String best = held.get(r.kind());
				if (q.kind() == r.kind() && q.validOn(on) && orders.rank(r.kind(), q.levelCode()) >= 0
						&& (best == null || orders.rank(r.kind(), q.levelCode()) > orders.rank(r.kind(), best))) {
					held.put(r.kind(), q.levelCode());
				}
			}
		}
		return gaps(held, s, orders);
	}

	/**
	 * The gaps of a person holding the highest levels {@code held} (kind → level code on
	 * the day, people's {@code QualificationLevels}), against a standard already read,
	 * with the level orders read once by a bulk caller; null without a standard.
	 */
	List<String> gaps(Map<QualificationKind, String> held, Optional<TitleStandard> s, Orders orders) {
		if (s.isEmpty()) {
			return null;
		}
		List<String> out = new ArrayList<>();
		for (TitleRequirement r : s.get().requirements()) {
			int required = orders.rank(r.kind(), r.levelCode());
			String best = held == null ? null : held.get(r.kind());
			int rank = best == null ? -1 : orders.rank(r.kind(), best);
			if (rank < 0 || rank < required) {
				out.add(orders.sentences.computeIfAbsent(r.kind() + "|" + r.levelName() + "|" + (rank < 0 ? "" : best),
						k -> sentence(r, rank, best)));
			}
		}
		return out;
	}

	private String sentence(TitleRequirement r, int rank, String best) {
		String kind = Messages.text("training.standard.kind." + r.kind().name());
		return rank < 0 ? Messages.text("planning.check.standard.gapNothing", kind, r.levelName())
				: Messages.text("planning.check.standard.gap", kind, r.levelName(), levelName(r.kind(), best));
	}

	/**
	 * The level orders of the kinds, each read once, and the gap sentences, each written
	 * once (a bulk caller keeps one).
	 */
	Orders orders() {
		return new Orders();
	}

	/**
	 * The position of a level in its kind's level catalog (QP-AN groups: DT4 … DT1), −1
	 * when unknown; each kind's catalog read on first use.
	 */
	final class Orders {

		private final Map<QualificationKind, Map<String, Integer>> ranks = new EnumMap<>(QualificationKind.class);

		private final Map<String, String> sentences = new HashMap<>();

		int rank(QualificationKind kind, String code) {
			Integer r = ranks.computeIfAbsent(kind, k -> {
				Map<String, Integer> m = new HashMap<>();
				List<String> order = order(k);
				for (int i = 0; i < order.size(); i++) {
					m.putIfAbsent(order.get(i), i);
				}
				return m;
			}).get(code);
			return r == null ? -1 : r;
		}

	}

	private List<String> order(QualificationKind kind) {
		if (kind.levelCatalog() == null) {
			return List.of("DT4", "DT3", "DT2", "DT1");
		}
		return catalogs.list(kind.levelCatalog(), null).stream().map(CatalogItem::code).toList();
	}

	private String levelName(QualificationKind kind, String code) {
		if (kind.levelCatalog() == null) {
			return Messages.text("training.standard.group", code.substring(2));
		}
		return catalogs.name(kind.levelCatalog(), code);
	}

}
