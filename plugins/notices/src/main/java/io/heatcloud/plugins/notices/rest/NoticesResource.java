package io.heatcloud.plugins.notices.rest;

import io.heatcloud.plugins.notices.application.NoticeDraft;
import io.heatcloud.plugins.notices.application.NoticeService;
import io.heatcloud.plugins.notices.domain.Notice;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /api/modules/notices/notices}: list, read, publish ({@code notices.publish}) and withdraw
 * notices of the caller's company.
 */
@Produces(MediaType.APPLICATION_JSON)
public class NoticesResource {

  private final NoticeService notices;

  /**
   * Creates the resource for one request.
   *
   * @param notices the service bound to the caller's company
   */
  public NoticesResource(NoticeService notices) {
    this.notices = notices;
  }

  /**
   * Every notice, newest first.
   *
   * @return the notices
   */
  @GET
  @Path("notices")
  public List<NoticeDto> list() {
    return notices.list().stream().map(NoticeDto::of).toList();
  }

  /**
   * One notice.
   *
   * @param id the id
   * @return the notice
   */
  @GET
  @Path("notices/{id}")
  public NoticeDto get(@PathParam("id") long id) {
    return NoticeDto.of(notices.get(id));
  }

  /**
   * Publishes a notice.
   *
   * @param draft title, body, category, validUntil
   * @return 201 with the notice
   */
  @POST
  @Path("notices")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response publish(NoticeDraft draft) {
    return Response.status(201).entity(NoticeDto.of(notices.publish(draft))).build();
  }

  /**
   * Withdraws a notice.
   *
   * @param id the id
   * @return the notice
   */
  @POST
  @Path("notices/{id}/withdraw")
  public NoticeDto withdraw(@PathParam("id") long id) {
    return NoticeDto.of(notices.withdraw(id));
  }

  /**
   * A notice in the API.
   *
   * @param id the id
   * @param title the title
   * @param body the text
   * @param category the category
   * @param status PUBLISHED, WITHDRAWN or EXPIRED
   * @param validUntil the last day shown
   * @param publishedAt when
   * @param author who
   */
  public record NoticeDto(long id, String title, String body, String category, String status,
      LocalDate validUntil, Instant publishedAt, String author) {

    static NoticeDto of(Notice n) {
      return new NoticeDto(n.getId(), n.getTitle(), n.getBody(), n.getCategory().name(), n.getStatus().name(),
          n.getValidUntil(), n.getPublishedAt(), n.getAuthor());
    }
  }
}
