package vn.canbo.documents;

import vn.canbo.shared.Messages;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.people.PersonCriteria;
import vn.canbo.people.PersonSearch;
import vn.canbo.people.PersonPhotos;
import vn.canbo.people.PersonService;
import vn.canbo.people.PersonSummary;
import vn.canbo.people.PersonView;
import vn.canbo.security.CurrentUser;
import vn.canbo.security.Permission;
import vn.canbo.shared.PageResult;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * Sơ yếu lý lịch (Mẫu 2C-BNV/2008 or the 38-item layout) of a person as of a date, as
 * DOCX or PDF, one at a time or a list as a .zip. A person outside the scope →
 * {@link vn.canbo.shared.NotFoundException} (nothing is generated). Users without
 * SENSITIVE_READ get masked sensitive values. Each generated CV is audited (EXPORT, with
 * the person id).
 */
@Service
public class CvDocuments {

	/** At most this many CVs in one .zip. */
	public static final int MAX_BATCH = 500;

	private final PersonService people;

	private final PersonSearch search;

	private final CvModelBuilder builder;

	private final CvHtml html;

	private final AuditLog audit;

	private final CurrentUser currentUser;

	private final PersonPhotos photos;

	CvDocuments(PersonService people, PersonSearch search, CvModelBuilder builder, CvHtml html, AuditLog audit,
			CurrentUser currentUser, PersonPhotos photos) {
		this.people = people;
		this.photos = photos;
		this.search = search;
		this.builder = builder;
		this.html = html;
		this.audit = audit;
		this.currentUser = currentUser;
	}

	/** A generated file: its download name (ASCII), media type and bytes. */
	public record CvFile(String fileName, String mediaType, byte[] content) {
	}

	@Transactional
	public byte[] cv2cDocx(long personId, LocalDate asOf, CvLayout layout, Scope scope) {
		return cv(personId, asOf, layout, DocumentFormat.DOCX, scope).content();
	}

	@Transactional
	public byte[] cv2cPdf(long personId, LocalDate asOf, CvLayout layout, Scope scope) {
		return cv(personId, asOf, layout, DocumentFormat.PDF, scope).content();
	}

	/** One CV; {@code asOf} null = today, {@code layout} null = Mẫu 2C-BNV/2008. */
	@Transactional
	public CvFile cv(long personId, LocalDate asOf, CvLayout layout, DocumentFormat format, Scope scope) {
		PersonView v = people.get(personId, asOf, scope);
		return render(v, layout == null ? CvLayout.BNV_2008 : layout, format == null ? DocumentFormat.DOCX : format,
				false);
	}

	/**
	 * The CVs of the listed persons as one .zip (one file per person) written to
	 * {@code out}. Every person is checked against the scope before anything is written:
	 * one outside it fails the whole batch with 404.
	 * @return the number of files written
	 */
	@Transactional
	public int cvZip(List<Long> personIds, LocalDate asOf, CvLayout layout, DocumentFormat format, Scope scope,
			OutputStream out) {
		if (personIds == null || personIds.isEmpty()) {
			throw new ValidationException("ids", Messages.text("documents.error.noPersons"));
		}
		List<Long> ids = new ArrayList<>(new LinkedHashSet<>(personIds));
		if (ids.size() > MAX_BATCH) {
			throw new ValidationException("ids", Messages.text("documents.error.batchTooLarge",
					String.valueOf(MAX_BATCH), String.valueOf(ids.size())));
		}
		LocalDate d = asOf == null ? LocalDate.now() : asOf;
		List<PersonView> views = new ArrayList<>(ids.size());
		for (long id : ids) {
			views.add(people.get(id, d, scope));
		}
		return zip(views, layout == null ? CvLayout.BNV_2008 : layout, format == null ? DocumentFormat.DOCX : format,
				out);
	}

	/**
	 * The CVs of everyone a search finds (as of the search date), at most
	 * {@link #MAX_BATCH}, as one .zip.
	 */
	@Transactional
	public int cvZip(PersonCriteria criteria, CvLayout layout, DocumentFormat format, Scope scope, OutputStream out) {
		List<Long> ids = new ArrayList<>();
		int page = 0;
		while (true) {
			PersonCriteria c = new PersonCriteria(criteria.q(), criteria.unitId(), criteria.category(),
					criteria.gender(), criteria.ageFrom(), criteria.ageTo(), criteria.ethnicityCode(),
					criteria.minority(), criteria.partyMember(), criteria.professionalLevelCode(),
					criteria.politicalTheoryCode(), criteria.titleCode(), criteria.asOf(), page,
					PersonCriteria.MAX_SIZE, criteria.sort());
			PageResult<PersonSummary> r = search.search(c, scope);
			if (page == 0 && r.total() > MAX_BATCH) {
				throw new ValidationException("ids", Messages.text("documents.error.searchTooLarge",
						String.valueOf(r.total()), String.valueOf(MAX_BATCH)));
			}
			r.items().forEach(s -> ids.add(s.id()));
			if (r.items().size() < PersonCriteria.MAX_SIZE || ids.size() >= MAX_BATCH) {
				break;
			}
			page++;
		}
		if (ids.isEmpty()) {
			throw new ValidationException("ids", Messages.text("documents.error.searchEmpty"));
		}
		return cvZip(ids, criteria.asOfOrToday(), layout, format, scope, out);
	}

	private int zip(List<PersonView> views, CvLayout layout, DocumentFormat format, OutputStream out) {
		try {
			ZipOutputStream zip = new ZipOutputStream(out);
			Map<String, Integer> names = new LinkedHashMap<>();
			for (PersonView v : views) {
				CvFile f = render(v, layout, format, true);
				String name = f.fileName();
				int n = names.merge(name, 1, Integer::sum);
				if (n > 1) {
					name = name.replace("." + format.extension(), "-" + n + "." + format.extension());
				}
				zip.putNextEntry(new ZipEntry(name));
				zip.write(f.content());
				zip.closeEntry();
			}
			zip.finish();
			zip.flush();
			return views.size();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private CvFile render(PersonView v, CvLayout layout, DocumentFormat format, boolean batch) {
		boolean sensitive = currentUser.can(Permission.SENSITIVE_READ);
		CvModel m = builder.build(v, layout, sensitive).withPhoto(photos.of(v).orElse(null));
		byte[] bytes = format == DocumentFormat.PDF ? html.pdf(m) : CvDocx.write(m);
		Map<String, Object> what = new LinkedHashMap<>();
		what.put("document", "SYLL");
		what.put("layout", layout.name());
		what.put("format", format.extension());
		what.put("asOf", v.asOf().toString());
		what.put("masked", !sensitive);
		what.put("batch", batch);
		audit.record(AuditAction.EXPORT, "person", String.valueOf(v.id()), v.id(), null, what);
		return new CvFile(m.fileName() + "." + format.extension(), format.mediaType(), bytes);
	}

}
