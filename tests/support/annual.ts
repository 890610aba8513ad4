/**
 * A study director's answers to the annual survey: supervision talks in six months of service, whether
 * the clinic has a trainees' panel, and self-study hours a month (4 unless given); the rest fixed.
 */
export function annualAnswers(talksInSixMonths: number, panel: 'yes' | 'no', selfStudy = 4) {
  return {
    'annual.trainees': 10,
    'annual.specialists': 20,
    'annual.supervisors': 12,
    'annual.supervisors-untrained': 1,
    'annual.temporary-st-like': 0,
    'annual.temporary-offered-st': 'notApplicable',
    'annual.new-trainees': 2,
    'annual.iup-within-7-months': 2,
    'annual.service-months': 6,
    'annual.supervision-talks': talksInSixMonths,
    'annual.assessments': 3,
    'annual.supervision-scheduled': 'yes',
    'annual.specialist-panels': 3,
    'annual.trainee-panel': panel,
    'annual.self-study-hours': selfStudy,
    'annual.science-weeks': 8,
    'annual.quality-weeks': 3,
    'annual.meetings-supervisors': 4,
    'annual.meetings-trainees': 4,
    'annual.management-group': 0,
    'annual.director-paid': 'yes',
    'annual.director-status': 5,
    'annual.recruitment-role': 'sometimes',
    'annual.comment-supervision': `Vi hann ${talksInSixMonths} samtal på ett halvår`,
  };
}
