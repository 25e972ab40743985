#!/usr/bin/env python3
"""Publishes N generated Vietnamese articles through the API, for the benchmark.

Each article is written, submitted, approved and published the way staff would, so the
word index, revisions and caches are those of real use. Runs a few requests in parallel.
Usage: generate-articles.py BASE_URL USER PASSWORD COUNT [FIRST]
(FIRST, default 1, numbers the first article, so a second run can add to a first.)
"""
import base64
import json
import random
import sys
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

BASE, USER, PASSWORD, COUNT = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
FIRST = int(sys.argv[5]) if len(sys.argv) > 5 else 1
AUTH = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()

PLACES = ["Mộc Châu", "Sơn La", "Thuận Châu", "Mai Sơn", "Yên Châu", "Ninh Kiều", "Cái Răng",
          "Bình Thủy", "Ô Môn", "Thốt Nốt", "Phong Điền", "Cờ Đỏ", "Vĩnh Thạnh"]
SUBJECTS = ["Ngày Môi trường thế giới", "Chiến dịch Làm cho thế giới sạch hơn", "Giờ Trái đất",
            "phân loại rác tại nguồn", "chống rác thải nhựa", "trồng cây xanh", "tiết kiệm nước",
            "ứng phó biến đổi khí hậu", "bảo vệ đa dạng sinh học", "Tuần lễ Biển và Hải đảo"]
ACTIONS = ["Hưởng ứng", "Ra quân", "Mít tinh", "Tuyên truyền", "Phát động", "Tổng kết",
           "Hội thi", "Tọa đàm về"]
SENTENCES = [
    "Hàng trăm đoàn viên, thanh niên và người dân đã tham gia thu gom rác thải.",
    "Các trường học tổ chức hoạt động ngoại khóa về bảo vệ môi trường.",
    "Ủy ban nhân dân huyện trao tặng thùng rác phân loại cho các khu dân cư.",
    "Đài Phát thanh và Truyền hình đưa tin, phóng sự về các mô hình hay.",
    "Sở Tài nguyên và Môi trường phối hợp với Đoàn Thanh niên triển khai kế hoạch.",
    "Người dân cam kết hạn chế sử dụng túi ni lông và đồ nhựa dùng một lần.",
]


def call(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(BASE + path, data=data, method=method)
    request.add_header("Authorization", AUTH)
    request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.loads(response.read())
    except urllib.error.HTTPError as refused:
        sys.exit(f"{method} {path} answered {refused.code}: {refused.read().decode()}")


def publish(n):
    rng = random.Random(n)
    place = rng.choice(PLACES)
    title = f"{rng.choice(ACTIONS)} {rng.choice(SUBJECTS)} tại {place} (bài {n})"
    paragraphs = "\n\n".join(" ".join(rng.sample(SENTENCES, 3)) for _ in range(4))
    article = call("POST", "/api/articles", {
        "kind": rng.choice(["NEWS", "NEWS", "NEWS", "EVENT_ANNOUNCEMENT", "EXEMPLARY_MODEL"]),
        "title": title,
        "summary": f"Tin từ {place}: " + rng.choice(SENTENCES),
        "markdown": f"## {place}\n\n{paragraphs}",
        "tags": [place, rng.choice(SUBJECTS)],
    })
    for status in ("IN_REVIEW", "APPROVED", "PUBLISHED"):
        article = call("POST", f"/api/articles/{article['id']}/status",
                       {"status": status, "version": article["version"]})
    return article["slug"]


with ThreadPoolExecutor(max_workers=4) as pool:
    for i, slug in enumerate(pool.map(publish, range(FIRST, FIRST + COUNT)), start=1):
        if i % 1000 == 0:
            print(f"{i} published", flush=True)
