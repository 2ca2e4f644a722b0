package vn.canbo.people;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.audit.AuditAction;
import vn.canbo.audit.AuditLog;
import vn.canbo.security.CurrentUser;
import vn.canbo.security.Permission;
import vn.canbo.shared.Scope;

/**
 * The dossier photo (ảnh 4×6 of Mẫu 2C), table {@code person_photo}: uploaded as JPEG or
 * PNG (checked by content, size and declared pixels — {@link PhotoImage}), stored as a
 * 400×600 JPEG, cut to the rectangle framed in the crop box ({@link PhotoCrop}) or
 * centred. A new photo, or removing it, ends the current one (valid_to), which stays;
 * every upload and removal is audited. Writing needs PERSON_WRITE and the person in the
 * scope (outside it: 404, like every dossier change).
 */
@Service
@org.springframework.modulith.NamedInterface("api")
public class PersonPhotos {

	private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private final JdbcClient jdbc;

	private final PersonRows persons;

	private final Visibility visibility;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	private final PhotoSettings settings;

	PersonPhotos(JdbcClient jdbc, PersonRows persons, Visibility visibility, CurrentUser currentUser, AuditLog audit,
			PhotoSettings settings) {
		this.jdbc = jdbc;
		this.persons = persons;
		this.visibility = visibility;
		this.currentUser = currentUser;
		this.audit = audit;
		this.settings = settings;
	}

	/**
	 * Refuses an upload of this many bytes before it is read (Vietnamese message naming
	 * the limit).
	 */
	public void checkSize(long size) {
		PhotoImage.checkSize(size, settings);
	}

	/**
	 * Stores a new photo of the person (the current one, if any, ends now).
	 * @return the new photo's id
	 */
	@Transactional
	public long upload(long personId, byte[] bytes, Scope scope) {
		return upload(personId, bytes, null, scope);
	}

	/**
	 * Stores a new photo of the person cut to the rectangle the user framed (null: the
	 * centred crop); a rectangle outside the picture, too small or not 2:3 is refused.
	 * @return the new photo's id
	 */
	@Transactional
	public long upload(long personId, byte[] bytes, PhotoCrop frame, Scope scope) {
		requireWritable(personId, scope);
		PhotoImage.Result r = PhotoImage.process(bytes, settings, frame);
		String sha = sha256(r.jpeg());
		Map<String, Object> before = endCurrent(personId).orElse(null);
		long id = jdbc.sql("""
				insert into person_photo (person_id, content, width, height, original_type, original_size, sha256,
				                          created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(personId, r.jpeg(), PhotoImage.WIDTH, PhotoImage.HEIGHT, r.originalType(), bytes.length, sha,
					currentUser.username())
			.query(Long.class)
			.single();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("photoId", id);
		after.put("sha256", sha);
		after.put("uploadedType", r.originalType());
		after.put("uploadedBytes", bytes.length);
		after.put("uploadedPixels", r.originalWidth() + "×" + r.originalHeight());
		if (frame != null) {
			after.put("crop", frame.x() + "," + frame.y() + " " + frame.width() + "×" + frame.height());
		}
		after.put("stored", PhotoImage.WIDTH + "×" + PhotoImage.HEIGHT + " image/jpeg");
		audit.record(before == null ? AuditAction.CREATE : AuditAction.UPDATE, "person_photo", String.valueOf(id),
				personId, before, after);
		return id;
	}

	/**
	 * Removes the person's current photo: it ends now (valid_to) and stays for the
	 * dossier as it stood before; audited. Nothing to remove is a Vietnamese refusal.
	 */
	@Transactional
	public void remove(long personId, Scope scope) {
		requireWritable(personId, scope);
		Map<String, Object> before = endCurrent(personId).orElseThrow(() -> PhotoImage.refused("people.photo.none"));
		audit.record(AuditAction.DELETE, "person_photo", String.valueOf(before.get("photoId")), personId, before, null);
	}

	/**
	 * Ends the person's current photo now (valid_to), if any: its id and hash, for the
	 * audit.
	 */
	private Optional<Map<String, Object>> endCurrent(long personId) {
		return jdbc
			.sql("update person_photo set valid_to = now() where person_id = ? and valid_to is null"
					+ " returning id, sha256")
			.param(personId)
			.query((rs, n) -> {
				Map<String, Object> m = new LinkedHashMap<>();
				m.put("photoId", rs.getLong("id"));
				m.put("sha256", rs.getString("sha256"));
				return m;
			})
			.optional();
	}

	private void requireWritable(long personId, Scope scope) {
		persons.find(personId).orElseThrow(() -> Visibility.notFound(personId));
		visibility.require(personId, null, scope);
		if (!currentUser.can(Permission.PERSON_WRITE)) {
			throw new AccessDeniedException("PERSON_WRITE");
		}
	}

	/**
	 * The photo (JPEG) of a dossier view got from {@link PersonService#get} — which has
	 * checked the scope — as it stood on the view's date.
	 */
	@Transactional(readOnly = true)
	public Optional<byte[]> of(PersonView v) {
		LocalDate asOf = v.asOf() == null ? LocalDate.now() : v.asOf();
		if (!asOf.isBefore(LocalDate.now())) {
			return jdbc.sql("select content from person_photo where person_id = ? and valid_to is null")
				.param(v.id())
				.query(byte[].class)
				.optional();
		}
		Timestamp end = Timestamp.from(asOf.plusDays(1).atStartOfDay(ZONE).toInstant());
		return jdbc.sql("""
				select content from person_photo
				where person_id = ? and valid_from < ? and (valid_to is null or valid_to >= ?)
				order by valid_from desc limit 1""").params(v.id(), end, end).query(byte[].class).optional();
	}

	/** Whether the view has a photo (without loading it). */
	@Transactional(readOnly = true)
	public boolean has(PersonView v) {
		return of(v).isPresent();
	}

	private static String sha256(byte[] b) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
