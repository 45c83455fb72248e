/// First names and family names from one heritage, combined at random so no real child appears.
struct NamePool {
  var family: [String]
  var given: [String]
  /// Family name written first, as in Vietnamese.
  var familyFirst = false
  /// How often a family in the demo comes from this pool.
  var share: Double

  func name(given first: String, family last: String) -> String {
    familyFirst ? "\(last) \(first)" : "\(first) \(last)"
  }
}

/// The diverse name pools the demo and the synthetic store draw children's names from.
enum DemoNames {
  static let british = NamePool(
    family: [
      "Walker", "Bennett", "Harris", "Turner", "Clarke", "Holmes", "Shaw", "Marsh", "Barker",
      "Fletcher", "Atkinson", "Dawson", "Whitaker", "Brooks", "Kershaw", "Pollard", "Hartley",
      "Sutcliffe", "Ashworth", "Lister",
    ],
    given: [
      "Oliver", "Amelia", "Jack", "Isla", "Harry", "Poppy", "Alfie", "Evie", "Charlie", "Freya",
      "Leo", "Ruby", "Mason", "Lily", "Zoë", "Archie", "Maisie", "Tyler", "Chloé", "Kayden",
      "Summer", "Riley", "Ellie-May", "Logan",
    ],
    share: 0.33)

  static let pools: [NamePool] = [
    british,
    NamePool(
      family: ["Gallagher", "Byrne", "Kavanagh", "Doyle", "Quinn", "Nolan", "Ó Briain", "Keane"],
      given: [
        "Siobhán", "Cian", "Aoife", "Oisín", "Niamh", "Gráinne", "Darragh", "Saoirse", "Ciarán",
        "Róisín",
      ],
      share: 0.06),
    NamePool(
      family: ["Pritchard", "Evans", "Jenkins", "Rees", "Llewellyn", "Howells", "Prosser"],
      given: ["Ffion", "Rhys", "Cerys", "Dylan", "Seren", "Osian", "Megan", "Gethin", "Elin"],
      share: 0.05),
    NamePool(
      family: ["Nowak", "Kowalczyk", "Zając", "Wójcik", "Mazur", "Krawczyk", "Dudek"],
      given: [
        "Łukasz", "Zofia", "Bartłomiej", "Maja", "Jakub", "Hanna", "Szymon", "Wiktoria", "Kacper",
        "Zuzanna",
      ],
      share: 0.07),
    NamePool(
      family: ["Okafor", "Adeyemi", "Nwosu", "Eze", "Okonkwo", "Balogun", "Oladipo", "Chukwu"],
      given: [
        "Ifeoma", "Chidi", "Tobi", "Adaeze", "Emeka", "Folake", "Tunde", "Chiamaka", "Kelechi",
        "Temi",
      ],
      share: 0.07),
    NamePool(
      family: ["Mensah", "Asante", "Owusu", "Boateng", "Osei", "Adjei", "Darko"],
      given: ["Kwame", "Ama", "Kofi", "Akosua", "Yaw", "Abena", "Kwabena", "Efua", "Kojo"],
      share: 0.05),
    NamePool(
      family: ["Khan", "Iqbal", "Hussain", "Qureshi", "Malik", "Siddiqui", "Butt"],
      given: ["Aisha", "Imran", "Zara", "Bilal", "Hamza", "Maryam", "Ayaan", "Inaya", "Zain"],
      share: 0.08),
    NamePool(
      family: ["Rahman", "Chowdhury", "Miah", "Islam", "Uddin", "Ahmed", "Hoque"],
      given: ["Sadia", "Rafi", "Nusrat", "Tanvir", "Raihan", "Faria", "Arif", "Tahmina"],
      share: 0.06),
    NamePool(
      family: ["Warsame", "Abdi", "Farah", "Hassan", "Jama", "Osman", "Nur"],
      given: ["Hodan", "Ayan", "Hamdi", "Liban", "Sagal", "Abdirahman", "Nimco", "Mustafe"],
      share: 0.05),
    NamePool(
      family: ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng"],
      given: [
        "Minh Anh", "Thị Lan", "Văn Huy", "Thảo", "Bảo Khoa", "Ngọc Linh", "Gia Huy", "Khánh Linh",
        "Quang Minh", "Thu Trang", "Đức Anh", "Phương Thảo", "Hải Yến",
      ],
      familyFirst: true, share: 0.03),
    NamePool(
      family: ["Chen", "Wang", "Li", "Zhang", "Liu", "Huang"],
      given: [
        "Wei", "Jing", "Hao", "Yutong", "Zihan", "Ming", "Xin", "Yichen", "Ruoxi", "Haoran", "Mei",
        "Siyu", "Zimo", "Lin",
      ],
      share: 0.03),
    NamePool(
      family: ["Campbell", "Thompson", "Grant", "Francis", "Morrison", "Beckford", "Reid"],
      given: ["Delroy", "Shanice", "Jerome", "Tiana", "Kemar", "Jada", "Andre", "Keisha"],
      share: 0.06),
    NamePool(
      family: ["Popescu", "Ionescu", "Dumitru", "Stan", "Marin", "Constantin"],
      given: ["Andrei", "Ioana", "Mihai", "Ștefania", "Răzvan", "Elena", "Mădălina", "Bogdan"],
      share: 0.04),
    NamePool(
      family: ["Szabó", "Kovács", "Tóth", "Nagy"],
      given: ["Dóra", "Bence", "Réka", "Máté", "Zsófia"],
      share: 0.02),
  ]

  static let weightedPools: [(NamePool, Double)] = pools.map { ($0, $0.share) }
}
