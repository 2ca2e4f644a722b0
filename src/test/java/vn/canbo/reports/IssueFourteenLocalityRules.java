package vn.canbo.reports;

import static vn.canbo.reports.IssueFourteenLocality.D;
import static vn.canbo.reports.IssueFourteenLocality.FROM;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.canbo.career.DecisionType;
import vn.canbo.people.PersonCategory;
import vn.canbo.reports.IssueFourteenLocality.Dec;
import vn.canbo.reports.IssueFourteenLocality.Held;
import vn.canbo.reports.IssueFourteenLocality.P;
import vn.canbo.reports.IssueFourteenLocality.U;

/**
 * The issue's groups worked out by hand on {@link IssueFourteenLocality}'s lists: who is
 * in each group on the report's date, which decisions of the year count, which communes
 * have a Bí thư who is also a chairman. The catalog facts they need are written here as
 * the regulations state them (the key posts, the leaders' titles, the kind of each unit
 * type), independently of the catalog the application reads.
 */
final class IssueFourteenLocalityRules {

	/**
	 * Chức danh lãnh đạo chủ chốt: the heads and deputies of Party, Council, Committee.
	 */
	static final Set<String> KEY_POSTS = Set.of("BI_THU", "PHO_BI_THU", "CHU_TICH_HDND", "PHO_CHU_TICH_HDND",
			"CHU_TICH_UBND", "PHO_CHU_TICH_UBND", "CHU_TICH_MTTQ");

	/** Leaders' titles (heads and deputies) among those the fixture uses. */
	static final Set<String> LEADERS = Set.of("BI_THU", "PHO_BI_THU", "CHU_TICH_HDND", "CHU_TICH_UBND",
			"PHO_CHU_TICH_UBND", "CHU_TICH_MTTQ", "PHO_CHU_TICH_MTTQ", "CHU_TICH_HOI", "PHO_CHU_TICH_HOI", "GIAM_DOC",
			"PHO_GIAM_DOC", "TRUONG_PHONG", "PHO_TRUONG_PHONG");

	/** The kind of each unit type the fixture uses. */
	static final Map<String, String> KINDS = Map.of("DIA_BAN", "AREA", "HUYEN_UY", "PARTY", "DANG_UY_XA", "PARTY",
			"HDND", "STATE", "UBND", "STATE", "PHONG", "STATE", "SU_NGHIEP", "PUBLIC_SERVICE", "MTTQ", "FRONT",
			"HOI_LHPN", "MASS");

	/**
	 * The groups of the summary sentence, in its order; other types follow in the order
	 * of the decision types.
	 */
	static final List<List<DecisionType>> GROUPS = List.of(List.of(DecisionType.TRANSFER),
			List.of(DecisionType.ASSIGNMENT), List.of(DecisionType.REASSIGNMENT), List.of(DecisionType.ROTATION),
			List.of(DecisionType.SECONDMENT),
			List.of(DecisionType.APPOINTMENT, DecisionType.REAPPOINTMENT, DecisionType.NOMINATION),
			List.of(DecisionType.RECRUITMENT));

	private final IssueFourteenLocality city;

	private final Map<String, List<Held>> held = held();

	/**
	 * The date the groups are worked out on (the decisions: those of the report's year).
	 */
	private final LocalDate on;

	IssueFourteenLocalityRules(IssueFourteenLocality city) {
		this(city, D);
	}

	IssueFourteenLocalityRules(IssueFourteenLocality city, LocalDate on) {
		this.city = city;
		this.on = on;
	}

	static Set<DecisionType> types(String plus) {
		return Arrays.stream(plus.split("\\+"))
			.map(DecisionType::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(DecisionType.class)));
	}

	private static U unit(String key) {
		return IssueFourteenLocality.unit(key);
	}

	private Held main(String person) {
		return main(held.get(person), on);
	}

	/** Whose main post on the date is in the city. */
	boolean inCity(String person) {
		Held m = main(person);
		return m != null && IssueFourteenLocality.under(m.unit(), "C");
	}

	/**
	 * Holds on the date, as main or concurrent post, a leader's title at the city's level
	 * in a State (not the Council or Committee themselves), Front, mass organisation or
	 * public service unit.
	 */
	boolean cityLeader(String person) {
		return inCity(person) && held.get(person).stream().filter(h -> h.on(on)).anyMatch(h -> {
			U u = unit(h.unit());
			return u.level().equals("DISTRICT") && LEADERS.contains(h.title())
					&& Set.of("STATE", "MASS", "PUBLIC_SERVICE", "FRONT").contains(KINDS.get(u.type()))
					&& !Set.of("UBND", "HDND").contains(u.type());
		});
	}

	/** Whether the person's category is one of these. */
	boolean category(String person, PersonCategory... categories) {
		return Set.of(categories).contains(IssueFourteenLocality.person(person).category());
	}

	/** The administrative level of the main post on the date. */
	String level(String person) {
		return unit(main(person).unit()).level();
	}

	/** A cadre whose main post is at the communes' level. */
	boolean communeCadre(String person) {
		return inCity(person) && IssueFourteenLocality.person(person).category() == PersonCategory.CADRE
				&& unit(main(person).unit()).level().equals("COMMUNE");
	}

	/** Main post in a unit of the Front or a mass organisation. */
	boolean frontOrMass(String person) {
		return inCity(person) && Set.of("FRONT", "MASS").contains(KINDS.get(unit(main(person).unit()).type()));
	}

	Set<String> persons(Predicate<String> p) {
		return IssueFourteenLocality.PERSONS.stream().map(P::key).filter(p).collect(Collectors.toSet());
	}

	Set<Long> ids(Set<String> persons) {
		return persons.stream().map(city.personIds::get).collect(Collectors.toSet());
	}

	/**
	 * The decisions of the year about persons of the city (where they came from) of the
	 * given types; {@code keyPosts}: only those on a key post.
	 */
	private List<Dec> decisions(Set<DecisionType> types, boolean keyPosts) {
		return IssueFourteenLocality.DECISIONS.stream()
			.filter(d -> !d.on().isBefore(FROM) && !d.on().isAfter(D))
			.filter(d -> IssueFourteenLocality.under(IssueFourteenLocality.person(d.person()).unit(), "C"))
			.filter(d -> types.contains(d.type()))
			.filter(d -> !keyPosts || d.title() != null && KEY_POSTS.contains(d.title()))
			.toList();
	}

	/** Occurrences (lượt): decision–person pairs. */
	long occurrences(Set<DecisionType> types, boolean keyPosts) {
		return decisions(types, keyPosts).stream().map(d -> d.number() + "|" + d.person()).distinct().count();
	}

	/** Persons concerned, each once. */
	long personsConcerned(Set<DecisionType> types) {
		return decisions(types, false).stream().map(Dec::person).distinct().count();
	}

	/** "điều động 3, bổ nhiệm, bổ nhiệm lại, giới thiệu ứng cử 5, …, nghỉ hưu 1". */
	String movementPhrase() {
		Set<DecisionType> present = EnumSet.noneOf(DecisionType.class);
		decisions(EnumSet.allOf(DecisionType.class), false).forEach(d -> present.add(d.type()));
		List<List<DecisionType>> groups = new ArrayList<>();
		Set<DecisionType> grouped = new HashSet<>();
		for (List<DecisionType> g : GROUPS) {
			grouped.addAll(g);
			List<DecisionType> in = g.stream().filter(present::contains).toList();
			if (!in.isEmpty()) {
				groups.add(in);
			}
		}
		for (DecisionType t : DecisionType.values()) {
			if (!grouped.contains(t) && present.contains(t)) {
				groups.add(List.of(t));
			}
		}
		return groups.stream()
			.map(g -> g.stream().map(DecisionType::label).collect(Collectors.joining(", ")) + " "
					+ occurrences(EnumSet.copyOf(g), false))
			.collect(Collectors.joining(", "));
	}

	/** The wards and communes of the city. */
	List<String> communes() {
		return IssueFourteenLocality.UNITS.stream()
			.filter(u -> u.level().equals("COMMUNE") && u.type().equals("DIA_BAN"))
			.map(U::key)
			.filter(u -> IssueFourteenLocality.under(u, "C"))
			.toList();
	}

	/** Communes where one person holds, on the date, both titles there. */
	long communesWhere(String first, String second, LocalDate d) {
		Map<String, Set<String>> both = new LinkedHashMap<>();
		held.forEach((person, posts) -> {
			Set<String> f = new HashSet<>();
			Set<String> s = new HashSet<>();
			for (Held h : posts) {
				if (h.on(d) && IssueFourteenLocality.commune(h.unit()) != null) {
					(h.title().equals(first) ? f : h.title().equals(second) ? s : new HashSet<String>())
						.add(IssueFourteenLocality.commune(h.unit()));
				}
			}
			f.retainAll(s);
			f.forEach(c -> both.computeIfAbsent(c, x -> new HashSet<>()).add(person));
		});
		return communes().stream().filter(both::containsKey).count();
	}

	/**
	 * Every post each person held, worked out from the lists: the main post of the
	 * PERSONS sheet; a decision opening a main post ends the one held, a concurrent one
	 * is added; a retirement ends all; a POSITION_ENDS row ends the main post.
	 */
	static Map<String, List<Held>> held() {
		Map<String, List<Held>> out = new LinkedHashMap<>();
		for (P p : IssueFourteenLocality.PERSONS) {
			out.put(p.key(), new ArrayList<>(
					List.of(new Held(p.unit(), p.title(), false, IssueFourteenLocality.POST_FROM, null))));
		}
		record Event(LocalDate on, Dec dec, IssueFourteenLocality.End end) {
		}
		List<Event> events = new ArrayList<>();
		IssueFourteenLocality.DECISIONS.forEach(x -> events.add(new Event(x.on(), x, null)));
		IssueFourteenLocality.ENDS.forEach(x -> events.add(new Event(x.on(), null, x)));
		events.sort(Comparator.comparing(Event::on));
		for (Event e : events) {
			String who = e.dec() != null ? e.dec().person() : e.end().person();
			List<Held> posts = out.get(who);
			DecisionType.Effect effect = e.dec() == null ? DecisionType.Effect.CLOSE_ONE : e.dec().type().effect();
			boolean concurrent = e.dec() != null && (e.dec().concurrent() || e.dec().type().concurrentPost());
			if (effect == DecisionType.Effect.CLOSE_ALL || effect == DecisionType.Effect.CLOSE_ONE
					|| effect == DecisionType.Effect.OPEN && !concurrent) {
				boolean all = effect == DecisionType.Effect.CLOSE_ALL;
				posts.replaceAll(h -> h.to() == null && (all || !h.concurrent())
						? new Held(h.unit(), h.title(), h.concurrent(), h.from(), e.on()) : h);
			}
			if (effect == DecisionType.Effect.OPEN) {
				posts.add(new Held(e.dec().unit(), e.dec().title(), concurrent, e.on(), null));
			}
		}
		return out;
	}

	/** The main post of a person on a date (null: none). */
	static Held main(List<Held> posts, LocalDate d) {
		return posts.stream().filter(h -> !h.concurrent() && h.on(d)).findFirst().orElse(null);
	}

}
