package vn.canbo.people.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.canbo.shared.web.FieldMessages;
import vn.canbo.people.PersonPhotos;
import vn.canbo.people.PhotoCrop;
import vn.canbo.people.PersonService;
import vn.canbo.people.PersonView;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.Scope;
import vn.canbo.shared.ValidationException;

/**
 * The dossier photo: uploaded from the dossier page (PERSON_WRITE, person in scope) with
 * the rectangle framed in its crop box (photo-crop.js; none: the centred crop), removed
 * from it, and served to it and its print (PERSON_READ, the scope of the dossier as of
 * its date).
 */
@Controller
@PreAuthorize("hasAuthority('PERSON_READ')")
class PhotoController {

	private final PersonService people;

	private final PersonPhotos photos;

	PhotoController(PersonService people, PersonPhotos photos) {
		this.people = people;
		this.photos = photos;
	}

	@PostMapping("/persons/{id}/photo")
	@PreAuthorize("hasAuthority('PERSON_READ') and hasAuthority('PERSON_WRITE')")
	String upload(@PathVariable long id, @RequestParam(name = "photo", required = false) MultipartFile file,
			@RequestParam(required = false) String cropX, @RequestParam(required = false) String cropY,
			@RequestParam(required = false) String cropWidth, @RequestParam(required = false) String cropHeight,
			Scope scope, RedirectAttributes ra) {
		people.get(id, null, scope); // scope first: outside it is a 404, whatever the
										// file
		try {
			photos.checkSize(file == null ? 0 : file.getSize());
			PhotoCrop frame = PhotoCrop.parse(cropX, cropY, cropWidth, cropHeight);
			photos.upload(id, file.getBytes(), frame, scope);
		}
		catch (ValidationException e) {
			ra.addFlashAttribute("error", FieldMessages.joined(e));
			return "redirect:/persons/" + id;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		ra.addFlashAttribute("ok", "people.photo.saved");
		return "redirect:/persons/" + id;
	}

	/** Ends the current photo (valid_to, audited); the page asks first (data-confirm). */
	@PostMapping("/persons/{id}/photo/delete")
	@PreAuthorize("hasAuthority('PERSON_READ') and hasAuthority('PERSON_WRITE')")
	String remove(@PathVariable long id, Scope scope, RedirectAttributes ra) {
		people.get(id, null, scope); // scope first: outside it is a 404
		try {
			photos.remove(id, scope);
		}
		catch (ValidationException e) {
			ra.addFlashAttribute("error", FieldMessages.joined(e));
			return "redirect:/persons/" + id;
		}
		ra.addFlashAttribute("ok", "people.photo.removed");
		return "redirect:/persons/" + id;
	}

	@GetMapping("/persons/{id}/photo")
	ResponseEntity<byte[]> photo(@PathVariable long id, @RequestParam(required = false) String asOf, Scope scope) {
		AsOf read = AsOf.read(asOf);
		LocalDate d = read.date() == null ? LocalDate.now() : read.date();
		PersonView v = people.get(id, d, scope);
		byte[] jpeg = photos.of(v).orElseThrow(() -> new NotFoundException("photo of " + id));
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_JPEG)
			.cacheControl(CacheControl.noCache().cachePrivate())
			.body(jpeg);
	}

}
