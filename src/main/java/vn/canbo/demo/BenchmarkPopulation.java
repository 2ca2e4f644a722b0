package vn.canbo.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.canbo.catalog.Catalogs;
import vn.canbo.org.AdminLevel;
import vn.canbo.org.UnitService;
import vn.canbo.org.UnitService.NewUnit;
import vn.canbo.org.UnitView;
import vn.canbo.people.NewPerson;
import vn.canbo.people.PersonService;

/**
 * A national-scale population for benchmarks, made by the same person generator as the
 * demo locality and streamed: provinces, each with communes and their bodies; persons are
 * generated and written in batches of {@value #BATCH} (one transaction each), so memory
 * stays bounded whatever the count.
 */
@Service
public class BenchmarkPopulation {

	static final int BATCH = 2_000;
	static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

	private static final Logger log = LoggerFactory.getLogger(BenchmarkPopulation.class);

	private final UnitService units;

	private final PersonService people;

	private final Catalogs catalogs;

	BenchmarkPopulation(UnitService units, PersonService people, Catalogs catalogs) {
		this.units = units;
		this.people = people;
		this.catalogs = catalogs;
	}

	public record Result(int units, long persons, List<Long> provinceIds) {
	}

	/** Body of a commune and the posts that fill it, in proportion to their counts. */
	private record Body(String suffix, String name, String type, List<Slot> slots) {
	}

	private static final List<Body> COMMUNE_BODIES = List.of(
			new Body("DU", "Đảng ủy", "DANG_UY_XA", DemoStaffing.COMMUNE_PARTY),
			new Body("HDND", "HĐND", "HDND", DemoStaffing.COMMUNE_COUNCIL),
			new Body("UBND", "UBND", "UBND", DemoStaffing.COMMUNE_COMMITTEE),
			new Body("MTTQ", "Ủy ban MTTQ", "MTTQ", DemoStaffing.COMMUNE_FRONT),
			new Body("THCS", "Trường THCS", "SU_NGHIEP", DemoStaffing.COMMUNE_SCHOOL),
			new Body("TYT", "Trạm Y tế", "SU_NGHIEP", DemoStaffing.COMMUNE_HEALTH));

	/**
	 * Creates {@code provinces × communesPerProvince} communes and {@code persons}
	 * persons spread over them.
	 */
	public Result generate(long seed, long persons, int provinces, int communesPerProvince) {
		return generate(seed, persons, provinces, communesPerProvince, 1_000_000L);
	}

	/**
	 * As above; {@code serialBase} keeps national ids unique across populations in one
	 * database.
	 */
	public Result generate(long seed, long persons, int provinces, int communesPerProvince, long serialBase) {
		RandomGenerator r = new SplittableRandom(seed);
		Random nameRandom = new Random(seed);
		LocalDate founded = DemoLocality.FOUNDED;
		List<Long> provinceIds = new ArrayList<>();
		List<UnitView[]> communes = new ArrayList<>();
		int created = 0;
		for (int p = 1; p <= provinces; p++) {
			UnitView province = units
				.create(new NewUnit("P" + p, "Tỉnh " + p, null, "DIA_BAN", AdminLevel.PROVINCE, null, founded));
			provinceIds.add(province.id());
			units.create(new NewUnit("P" + p + "-TU", "Tỉnh ủy " + p, null, "TINH_UY", AdminLevel.PROVINCE,
					province.id(), founded));
			created += 2;
			for (int c = 1; c <= communesPerProvince; c++) {
				String code = "P" + p + "-X" + c;
				UnitView commune = units.create(new NewUnit(code, "Xã " + c + " tỉnh " + p, null, "DIA_BAN",
						AdminLevel.COMMUNE, province.id(), founded));
				UnitView[] bodies = new UnitView[COMMUNE_BODIES.size()];
				for (int b = 0; b < bodies.length; b++) {
					Body body = COMMUNE_BODIES.get(b);
					bodies[b] = units
						.create(new NewUnit(code + "-" + body.suffix(), body.name() + " xã " + c + " tỉnh " + p, null,
								body.type(), AdminLevel.COMMUNE, commune.id(), founded));
				}
				communes.add(bodies);
				created += 1 + bodies.length;
			}
			log.info("benchmark tree: province {}/{}", p, provinces);
		}
		List<NewPerson> batch = new ArrayList<>(BATCH);
		long written = 0;
		for (long i = 0; i < persons; i++) {
			UnitView[] bodies = communes.get((int) (i % communes.size()));
			int b = pickBody(r);
			Slot slot = pickSlot(r, COMMUNE_BODIES.get(b).slots());
			batch.add(DemoPersonFactory.person(nameRandom, serialBase + i, slot, bodies[b].id(), AS_OF,
					bodies[b].name(), catalogs::rank));
			if (batch.size() == BATCH) {
				written += people.createAll(batch).size();
				batch.clear();
				if (written % 50_000 == 0) {
					log.info("benchmark population: {} persons", written);
				}
			}
		}
		if (!batch.isEmpty()) {
			written += people.createAll(batch).size();
		}
		return new Result(created, written, provinceIds);
	}

	/**
	 * Schools employ most people; then the committee, health station, party, front and
	 * council.
	 */
	private static int pickBody(RandomGenerator r) {
		int x = r.nextInt(100);
		return x < 8 ? 0 : x < 11 ? 1 : x < 35 ? 2 : x < 39 ? 3 : x < 88 ? 4 : 5;
	}

	private static Slot pickSlot(RandomGenerator r, List<Slot> slots) {
		int total = slots.stream().mapToInt(Slot::count).sum();
		int x = r.nextInt(total);
		for (Slot s : slots) {
			x -= s.count();
			if (x < 0) {
				return s;
			}
		}
		return slots.get(0);
	}

	/** Names drawn from the same distribution as the population, for search queries. */
	public static List<String> sampleNames(long seed, int n) {
		Random r = new Random(seed);
		List<String> names = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			names.add(VietnameseNames.fullName(r, r.nextBoolean()));
		}
		return names;
	}

}
