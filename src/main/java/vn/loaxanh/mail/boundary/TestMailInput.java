package vn.loaxanh.mail.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Where to send a test mail. */
public record TestMailInput(
    @NotBlank(message = "bắt buộc / required")
        @Email(message = "không phải địa chỉ e-mail / not an e-mail address")
        @Size(max = 254, message = "tối đa 254 ký tự / at most 254 characters")
        String to) {}
