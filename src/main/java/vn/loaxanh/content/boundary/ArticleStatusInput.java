package vn.loaxanh.content.boundary;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import vn.loaxanh.content.entity.ArticleStatus;
import vn.loaxanh.platform.validation.OneOf;

/**
 * The next workflow step. Publishing takes an optional {@code publishAt} (later: a scheduled
 * publication) and {@code unpublishAt}, with their offset, e.g. "2025-06-05T07:00:00+07:00".
 */
public record ArticleStatusInput(
    @NotNull(message = "bắt buộc / required") @OneOf(ArticleStatus.class) String status,
    OffsetDateTime publishAt,
    OffsetDateTime unpublishAt,
    Long version) {}
