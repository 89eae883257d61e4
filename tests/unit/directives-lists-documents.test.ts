/**
 * Directive extraction rules of the fourth round: the items of a list of tasks inside one
 * sentence, documents written in lower case as issuers, passive requests, a document's content
 * told with a body as subject, quoted obligations, unlabelled interview answers, pledges of the
 * issuing office by its short name, advice to the public, and lists of party heads.
 * Sentences written for these tests (not taken from any article).
 */
import { describe, expect, it } from "vitest";
import { readParty } from "../../core/directives/parties";
import { listItemCuts } from "../../core/directives/reading";
import { addressees, kinds, run, texts } from "./directive-article";

const cuts = (text: string) => listItemCuts(text, text.toLowerCase());

describe("a list of tasks inside one sentence", () => {
  it("gives each ';' item after a directive verb's colon as a task of the addressees", () => {
    const list = run(
      "Để chuẩn bị mùa khô, Phó Chủ tịch UBND tỉnh đề nghị các huyện triển khai ngay các việc sau: rà soát kênh mương nội đồng; kiểm tra các trạm bơm trước ngày 15/4; tuyên truyền người dân tiết kiệm nước.",
    );
    expect(texts(list).slice(1)).toEqual([
      "rà soát kênh mương nội đồng",
      "kiểm tra các trạm bơm trước ngày 15/4",
      "tuyên truyền người dân tiết kiệm nước.",
    ]);
    expect(list.map((d) => addressees(d))).toEqual(Array(4).fill(["các huyện"]));
  });

  it("gives each ';' item after an addressee's colon to that addressee", () => {
    const list = run(
      "Chủ tịch UBND tỉnh yêu cầu các cơ quan thực hiện các nội dung sau:",
      "a) Sở Xây dựng: Chủ trì, phối hợp với các huyện lập danh mục công trình xuống cấp; chỉ đạo các ban quản lý dự án rà soát hồ sơ thiết kế; báo cáo kết quả trước ngày 30/6.",
      "Khẩn trương hoàn thành việc sửa chữa trường học trước năm học mới.",
    );
    expect(texts(list).slice(1)).toEqual([
      "Sở Xây dựng: Chủ trì, phối hợp với các huyện lập danh mục công trình xuống cấp",
      "chỉ đạo các ban quản lý dự án rà soát hồ sơ thiết kế",
      "báo cáo kết quả trước ngày 30/6.",
      "Khẩn trương hoàn thành việc sửa chữa trường học trước năm học mới.",
    ]);
    // An item that directs another body does not hand the rest of the list to it.
    expect(addressees(list[3])).toEqual(["Sở Xây dựng"]);
    expect(addressees(list[4])).toEqual(["Sở Xây dựng"]);
  });

  it("does not split a ';' list of facts after a colon", () => {
    expect(
      cuts(
        "Giám đốc Sở cho biết kết quả quý I như sau: sản lượng điện tăng 6%; xuất khẩu đạt 300 triệu USD; chỉ số sản xuất tăng 4,1%.",
      ),
    ).toEqual([]);
    expect(
      cuts(
        "Tại buổi làm việc, các doanh nghiệp nêu khó khăn: giá nguyên liệu tăng; đơn hàng giảm; thiếu lao động.",
      ),
    ).toEqual([]);
  });

  it("does not split a colon followed by a single task", () => {
    expect(
      cuts("Bộ trưởng yêu cầu các Sở Công Thương: kiểm tra ngay các cửa hàng xăng dầu."),
    ).toEqual([]);
  });
});

describe("documents as issuers", () => {
  it("read a request of a plan written in lower case after a fronted phrase", () => {
    const list = run(
      "Ở các cửa khẩu đường bộ, kế hoạch đề nghị Cục Kiểm dịch thực vật bố trí trực 24/24 giờ trong dịp lễ.",
    );
    expect(kinds(list)).toEqual([
      [
        "directive",
        "Ở các cửa khẩu đường bộ, kế hoạch đề nghị Cục Kiểm dịch thực vật bố trí trực 24/24 giờ trong dịp lễ.",
      ],
    ]);
    expect(addressees(list[0])).toEqual(["Cục Kiểm dịch thực vật"]);
  });

  it("send a request down to agencies, not up as a proposal", () => {
    const list = run(
      "Chương trình cũng đề nghị các cơ quan thông tấn đưa tin thường xuyên về các điểm bán hàng bình ổn giá.",
    );
    expect(list).toHaveLength(1);
    expect(list[0]?.kind).toBe("directive");
  });

  it("bind the fronted body when they state what is needed", () => {
    const list = run(
      "Đối với Sở Y tế, kế hoạch nêu rõ cần phối hợp kiểm tra an toàn thực phẩm tại các bếp ăn tập thể.",
    );
    expect(addressees(list[0])).toEqual(["Sở Y tế"]);
  });

  it("do not make a person's words of need a directive", () => {
    expect(
      run(
        "Đối với ngành du lịch, chuyên gia Nguyễn Văn Bình nêu rõ cần đầu tư hạ tầng đồng bộ hơn.",
      ),
    ).toEqual([]);
  });

  it("are no subject when a verb follows their head ('kế hoạch được …')", () => {
    expect(
      run("Năm nay, kế hoạch được điều chỉnh, yêu cầu thêm nhiều hạng mục nên tiến độ chậm."),
    ).toEqual([]);
  });
});

describe("passive requests", () => {
  it("make the subject the addressee", () => {
    const list = run(
      "Bộ Công Thương đề nghị Tổng công ty Điện lực miền Nam bảo đảm cấp điện cho các trạm bơm.",
      "Các công ty thủy nông cũng được đề nghị lập lịch bơm nước phù hợp với giờ thấp điểm.",
    );
    expect(kinds(list)[1]).toEqual([
      "directive",
      "Các công ty thủy nông cũng được đề nghị lập lịch bơm nước phù hợp với giờ thấp điểm.",
    ]);
    expect(list[1]?.force).toBe("requested");
  });

  it("in the past are facts", () => {
    expect(
      run("Trước đó, các địa phương đã được đề nghị báo cáo tình hình thiệt hại sau bão."),
    ).toEqual([]);
  });
});

describe("a document's content with a body as subject", () => {
  it("is a task the document gives, once an authority has given tasks", () => {
    const list = run(
      "Ban Chỉ đạo tỉnh vừa ban hành kế hoạch phòng chống cháy rừng, yêu cầu các huyện tổ chức trực 24/24 giờ.",
      "Theo kế hoạch, Chi cục Kiểm lâm tăng cường tuần tra các khu rừng trồng tập trung.",
    );
    expect(kinds(list)[1]).toEqual([
      "directive",
      "Theo kế hoạch, Chi cục Kiểm lâm tăng cường tuần tra các khu rừng trồng tập trung.",
    ]);
  });

  it("is the body's own task when the article names no other authority", () => {
    const list = run(
      "Chi cục Kiểm lâm vừa ban hành kế hoạch phòng chống cháy rừng mùa khô.",
      "Trong kế hoạch này, Chi cục Kiểm lâm tăng cường tuần tra các khu rừng trồng tập trung.",
    );
    expect(list.map((d) => d.kind)).toEqual(["commitment"]);
  });

  it("includes a report due by a date under the plan's request", () => {
    const list = run(
      "Kế hoạch đề nghị các trường học tổ chức diễn tập phòng cháy. Các huyện báo cáo kết quả diễn tập về Sở trước ngày 20/5.",
    );
    expect(texts(list)).toEqual([
      "Kế hoạch đề nghị các trường học tổ chức diễn tập phòng cháy.",
      "Các huyện báo cáo kết quả diễn tập về Sở trước ngày 20/5.",
    ]);
  });
});

describe("quoted obligations", () => {
  it("are directives of a speaker with authority after a directive", () => {
    const list = run(
      "Bộ trưởng yêu cầu các cửa hàng xăng dầu mở cửa đúng giờ.",
      "“Các thương nhân phải niêm yết giá bán lẻ tại cửa hàng”, Bộ trưởng nói.",
    );
    expect(list.map((d) => d.kind)).toEqual(["directive", "directive"]);
  });

  it("are views when an expert says them", () => {
    const list = run(
      "Bộ trưởng yêu cầu các cửa hàng xăng dầu mở cửa đúng giờ.",
      "“Doanh nghiệp cần dự trữ nhiều hơn”, chuyên gia Trần Văn Hòa nói.",
    );
    expect(list).toHaveLength(1);
  });
});

describe("interviews with unlabelled answers", () => {
  it("read 'chúng tôi' after a question paragraph as the interviewee", () => {
    const list = run(
      "Phóng viên đã trao đổi với ông Lê Văn Tâm, Giám đốc Sở Công Thương tỉnh Bình Phước.",
      "Thưa ông, doanh nghiệp cần làm gì để giữ thị trường?",
      "Chúng tôi đề nghị các doanh nghiệp chủ động đăng ký mã số vùng trồng trước vụ thu hoạch.",
    );
    expect(list).toHaveLength(1);
    expect(list[0]?.issuer?.text).toBe("ông Lê Văn Tâm");
    expect(addressees(list[0])).toEqual(["các doanh nghiệp"]);
  });

  it("do not follow a question asked inside a paragraph", () => {
    const list = run(
      "Ông Lê Văn Tâm, Giám đốc Sở Công Thương tỉnh Bình Phước, dự hội nghị. Vậy doanh nghiệp cần làm gì? Chúng tôi đề nghị các doanh nghiệp chủ động tìm thị trường mới.",
    );
    expect(list).toEqual([]);
  });
});

describe("the issuing office by its short name", () => {
  it("pledges with the authority of its full name", () => {
    const list = run(
      "Văn phòng Điều phối nông thôn mới tỉnh Hà Giang yêu cầu các huyện rà soát tiêu chí.",
      "Văn phòng Điều phối sẽ tổ chức 3 đoàn khảo sát tại các xã.",
    );
    expect(kinds(list)[1]).toEqual([
      "commitment",
      "Văn phòng Điều phối sẽ tổ chức 3 đoàn khảo sát tại các xã.",
    ]);
  });

  it("does not make an unknown office pledge", () => {
    expect(run("Văn phòng Điều phối sẽ tổ chức 3 đoàn khảo sát tại các xã.")).toEqual([]);
  });
});

describe("advice to the public", () => {
  it("is no directive and no pledge", () => {
    const list = run(
      "Sở Y tế yêu cầu các bệnh viện chuẩn bị đủ thuốc.",
      "Với người dân, Sở khuyến cáo không nên tự ý mua thuốc kháng sinh.",
      "Sở Y tế khuyến cáo người dân đeo khẩu trang nơi đông người.",
    );
    expect(list).toHaveLength(1);
  });
});

describe("lists of party heads", () => {
  it("read a head after a comma whole, even one that starts like a task", () => {
    const text = "Các doanh nghiệp, hợp tác xã cần giữ đúng hợp đồng.";
    expect(readParty(text, text.toLowerCase(), 0)?.text).toBe("Các doanh nghiệp, hợp tác xã");
  });

  it("take a capitalized body after a directive verb as its addressee, not a noun", () => {
    const list = run(
      "Sở yêu cầu Ban Quản lý các khu công nghiệp kiểm tra hệ thống xử lý nước thải.",
    );
    expect(addressees(list[0])).toEqual(["Ban Quản lý các khu công nghiệp"]);
    expect(run("Doanh nghiệp phản ánh việc yêu cầu ban hành quy chuẩn còn chậm.")).toEqual([]);
  });
});
