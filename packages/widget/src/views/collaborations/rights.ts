/** What the signed-in employee may do here (`session.me`'s `can`); null while unknown. */
export interface OverviewRights {
  resendAndCancel: boolean;
  changeOptions: boolean;
  end: boolean;
  link: boolean;
}
