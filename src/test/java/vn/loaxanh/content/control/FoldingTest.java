package vn.loaxanh.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class FoldingTest {

  @Test
  void dropsDiacriticsAndReadsDAsD() {
    assertEquals("moi truong", Folding.fold("Môi trường"));
    assertEquals("dong doi", Folding.fold("Đồng đội"));
  }

  @Test
  void bothPlacesOfTheToneMarkFoldTheSame() {
    assertEquals(Folding.fold("hòa"), Folding.fold("hoà"));
    assertEquals(Folding.fold("thủy"), Folding.fold("thuỷ"));
  }

  @Test
  void decomposedInputFoldsLikeComposed() {
    String decomposed = Normalizer.normalize("Biến đổi khí hậu", Normalizer.Form.NFD);
    assertEquals(Folding.words("Biến đổi khí hậu"), Folding.words(decomposed));
  }

  @Test
  void wordsAreDistinctAndFreeOfPunctuation() {
    assertEquals(
        List.of("ngay", "moi", "truong", "the", "gioi", "05", "6"),
        List.copyOf(Folding.words("Ngày Môi trường thế giới (05/6) — môi trường!")));
  }

  @Test
  void slugsAreReadableAndCutAtAWord() {
    assertEquals(
        "mit-tinh-huong-ung-ngay-moi-truong-the-gioi-2025",
        Folding.slug("Mít tinh hưởng ứng Ngày Môi trường thế giới 2025", 200));
    assertEquals("mit-tinh-huong", Folding.slug("Mít tinh hưởng ứng", 16));
    assertEquals("da-lat", Folding.slug("Đà Lạt", 200));
    assertEquals("moi-truong-va-moi-truong", Folding.slug("Môi trường và môi trường", 200));
  }
}
