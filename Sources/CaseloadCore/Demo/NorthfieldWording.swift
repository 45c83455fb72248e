import Foundation

/// What managers write in Northfield's records, plainly and briefly. `{c}` is the child and
/// `{w}` the worker.
enum NorthfieldWording {
  struct Lines {
    var discussions: [String]
    var decisions: [String]
  }

  static func lines(for category: Case.Category) -> Lines {
    switch category {
    case .childProtection:
      return Lines(
        discussions: [
          "Discussed with {w}. {c} seen alone at the last visit; home conditions better than last month.",
          "{w} reports {c}'s school attendance is down to 80%. Dad did not come to core group.",
          "Review conference coming up. {w} has the health and school updates; police checks back.",
          "School say {c} talked about shouting at home again. {w} visited the same day.",
          "Missed visit last week (family out). {w} went back unannounced and saw {c}.",
          "Mum engaging with the drug and alcohol service; tests clear for six weeks.",
          "Core group held. Actions mostly done; nursery place for {c} still not started.",
        ],
        decisions: [
          "Remain on the plan. Next core group as booked.",
          "Strategy discussion if there is another incident. Visits stay weekly.",
          "Recommend to conference that the plan continues; risk not yet reduced.",
          "Consider step down to child in need at the review conference.",
          "Legal planning meeting if no change by the review.",
        ])
    case .childInNeed:
      return Lines(
        discussions: [
          "{w} has done direct work with {c} about home. Mum asking for help with housing.",
          "CIN review held. School and health say things are steadier.",
          "Little change. Family missed two early help appointments.",
          "{c} going to the youth club; CAMHS referral still waiting.",
          "Dad has moved back in. {w} to check how {c} feels about it.",
          "Attendance better this half term. Mum says the routine is working.",
        ],
        decisions: [
          "Continue the CIN plan; review in three months.",
          "Step down to early help if the next review is positive.",
          "Strategy discussion if school raise further concerns.",
          "Plan continues. {w} to see {c} at school next time.",
        ])
    case .childInCare:
      return Lines(
        discussions: [
          "Placement stable. {c} settled at school; contact with mum going well.",
          "Carers asking for more respite. {w} to speak to the fostering social worker.",
          "{c} went missing twice this month; return interviews done.",
          "Looked after review held; care plan agreed. Health assessment overdue.",
          "{c} wants more contact with siblings. {w} looking at a monthly day out.",
          "PEP done. {c} doing well in English, needs help with maths.",
        ],
        decisions: [
          "Care plan continues. Next review as booked.",
          "Placement support meeting to be arranged.",
          "Long-term match to go to panel.",
          "Keep visits six-weekly; placement is stable.",
        ])
    case .careLeaver:
      return Lines(
        discussions: [
          "{c} in supported lodgings and managing money better. Pathway plan reviewed.",
          "{c} starting college in September. Housing application in.",
          "Lost touch for two weeks; {w} found {c} through a friend. Safe and well.",
          "{c} asked for help with a job application. {w} helping with the CV.",
        ],
        decisions: [
          "Pathway plan continues.",
          "Support with the housing bid.",
          "Weekly contact until {c} is settled.",
        ])
    case .courtProceedings:
      return Lines(
        discussions: [
          "Issue hearing next month. {w} finishing the statement; parenting assessment back.",
          "Final evidence due. Viability assessment on the maternal aunt is positive.",
          "Contact supervised twice a week; notes up to date.",
          "Guardian agrees with the plan. Parents' solicitors asking for a delay.",
        ],
        decisions: [
          "Care plan: placement with family under a special guardianship order.",
          "Keep to the court timetable.",
          "Legal planning meeting to be booked.",
        ])
    case .assessment:
      return Lines(
        discussions: [
          "Contact from school about a bruise; {w} saw {c} the same day. Explanation fits.",
          "Single assessment under way. {w} has seen {c} and both parents.",
          "Police notification after a domestic incident. Mum accepting support.",
          "Health visitor worried about the baby's weight. {w} visited with her.",
        ],
        decisions: [
          "Complete the assessment by the due date.",
          "Close with advice if nothing new comes in.",
          "Step up to child in need.",
          "Strategy discussion needed today.",
        ])
    }
  }

  static let unallocated = Lines(
    discussions: [
      "Unallocated. Duty worker visited; no new concerns.",
      "Still waiting for a worker. School checked in; {c} attending.",
    ],
    decisions: [
      "Stays on the queue; duty cover until allocated.",
      "Allocate as soon as a worker has room.",
    ])

  static let closing = Lines(
    discussions: [
      "Assessment complete. Needs can be met by universal services; advice given.",
      "Assessment complete. Family accepted early help; no role for social care.",
      "Assessment complete. Concerns not substantiated; school to keep an eye.",
    ],
    decisions: [
      "Close: no further action.", "Close and step down to early help.",
      "Close with advice to the family.",
    ])

  static let actions = [
    "Book the core group", "Chase school attendance figures", "Update the chronology",
    "Direct work session with {c}", "Request the health assessment", "Write up the last visit",
    "Send the plan to the family", "Ask police for an update", "Make the CAMHS referral",
    "Arrange a family group conference",
  ]

  static let reallocationReasons = [
    "Caseload balancing", "Change of worker at family's request", "Reallocated after team changes",
  ]

  static let wellbeing = [
    "Wellbeing: tired but okay.", "Wellbeing: good; enjoyed the training day.",
    "Wellbeing: a heavy month; talked it through.", "Wellbeing: fine.",
    "Wellbeing: a difficult visit last week; talked it through.",
  ]

  static let development = [
    "Development: booked on the child protection chairing course.",
    "Development: reflective discussion about a hard visit.",
    "Development: nothing new this month.",
    "Development: working towards senior practitioner.",
    "Development: practice educator training next month.",
  ]

  static func workload(_ count: Int) -> String {
    switch count {
    case 24...: return "Workload: \(count) children. Too many; no new cases until some close."
    case 18...: return "Workload: \(count) children. Busy but managing."
    default: return "Workload: \(count) children. Room for one or two more."
    }
  }

  static func fill(_ text: String, child: String, worker: String) -> String {
    text.replacingOccurrences(of: "{c}", with: child).replacingOccurrences(of: "{w}", with: worker)
  }
}
