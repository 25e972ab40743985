package vn.loaxanh.content.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import vn.loaxanh.content.control.Articles;
import vn.loaxanh.content.entity.ArticleKind;
import vn.loaxanh.platform.validation.OneOf;
import vn.loaxanh.platform.validation.OneOfValidator;

/**
 * An article as staff write it, in Markdown. Without a slug the title makes one ("Ngày Môi trường
 * thế giới" → "ngay-moi-truong-the-gioi"); {@code version} is required when updating.
 */
public record ArticleInput(
    @Size(max = 200, message = "tối đa 200 ký tự / at most 200 characters") String slug,
    @NotNull(message = "bắt buộc / required") @OneOf(ArticleKind.class) String kind,
    @NotBlank(message = "bắt buộc / required")
        @Size(max = 300, message = "tối đa 300 ký tự / at most 300 characters")
        String title,
    @Size(max = 1000, message = "tối đa 1000 ký tự / at most 1000 characters") String summary,
    @Size(max = 200_000, message = "tối đa 200000 ký tự / at most 200000 characters")
        String markdown,
    Long coverId,
    Long categoryId,
    @Size(max = 20, message = "tối đa 20 / at most 20") List<String> tags,
    @Size(max = 20, message = "tối đa 20 / at most 20") List<String> themes,
    @Size(max = 50, message = "tối đa 50 / at most 50") Set<Long> planIds,
    @Size(max = 200, message = "tối đa 200 / at most 200") Set<Long> activityIds,
    Long version) {

  Articles.Draft toDraft() {
    return new Articles.Draft(
        slug,
        OneOfValidator.parse(ArticleKind.class, kind),
        title,
        summary,
        markdown,
        coverId,
        categoryId,
        tags,
        themes,
        planIds,
        activityIds);
  }
}
