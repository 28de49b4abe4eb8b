<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="39"/>
        <source>PR Studio 정보</source>
        <translation>About PR Studio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="43"/>
        <source>PR Studio 정보와 모델 라이선스</source>
        <translation>About PR Studio and model licences</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="54"/>
        <source>홍보 스튜디오 (PR Studio)</source>
        <translation>PR Studio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="55"/>
        <source>버전 {0}</source>
        <translation>Version {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="56"/>
        <source>회사 정보에 적힌 사실로 보도자료, 캐치프레이즈, 위기관리 계획서, 직원 매뉴얼을 만듭니다.</source>
        <translation>Writes press releases, catchphrases, crisis-communication plans and staff manuals from your company&apos;s own facts.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="57"/>
        <source>내장 모델</source>
        <translation>Built-in model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="58"/>
        <source>내려받은 모델</source>
        <translation>Downloaded models</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="67"/>
        <source>내려받은 모델이 없습니다. &apos;모델&apos; 화면에서 내려받을 수 있습니다.</source>
        <translation>No downloaded models. You can download one on the Models page.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="70"/>
        <source>SHA-256 확인됨</source>
        <translation>SHA-256 verified</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="70"/>
        <source>SHA-256 확인 안 됨</source>
        <translation>SHA-256 not verified</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="76"/>
        <source>라이선스: {0}</source>
        <translation>Licence: {0}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="77"/>
        <source>죄송합니다. 예상하지 못한 오류가 났습니다. 저장이 끝난 글은 기록 화면에 있지만, 방금 하던 작업은 저장되지 않았을 수 있습니다.</source>
        <extracomment>Windows groups the taskbar button under this id (PR Studio&apos;s icon, not Python&apos;s); the installer&apos;s shortcuts carry it too.</extracomment>
        <translation>Sorry, something unexpected went wrong. Text that was already saved is on the History screen, but what you were just doing may not have been saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="83"/>
        <source>자세한 내용: {0}</source>
        <translation>Details: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="85"/>
        <source>데이터 폴더에 쓸 수 없어 로그도 남기지 못했습니다.</source>
        <translation>The data folder cannot be written, so no log could be kept either.</translation>
    </message>
</context>
<context>
    <name>AttemptsPanel</name>
    <message>
        <location filename="../../desktop/ui/attempts_panel.py" line="23"/>
        <source>모델이 써 본 글</source>
        <translation>What the model tried</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attempts_panel.py" line="27"/>
        <source>모델이 써 본 글 내용</source>
        <translation>Text the model tried</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attempts_panel.py" line="55"/>
        <source>모델이 써 본 글 숨기기</source>
        <translation>Hide what the model tried</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attempts_panel.py" line="57"/>
        <source>모델이 써 본 글 보기 (문서에는 검사를 통과한 글만 들어갑니다)</source>
        <translation>Show what the model tried (only text that passes the checks goes into the document)</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../desktop/ui/banner.py" line="21"/>
        <source>알림</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/banner.py" line="39"/>
        <source>닫기</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CandidateBoard</name>
    <message>
        <location filename="../../desktop/ui/candidate_board.py" line="48"/>
        <source>후보 목록</source>
        <translation>Candidates</translation>
    </message>
</context>
<context>
    <name>CandidateCard</name>
    <message>
        <location filename="../../desktop/ui/candidate_board.py" line="28"/>
        <source>별표</source>
        <translation>Star</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/candidate_board.py" line="29"/>
        <source>후보 {0} 별표</source>
        <translation>Star candidate {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/candidate_board.py" line="32"/>
        <source>후보 {0}</source>
        <translation>Candidate {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/candidate_board.py" line="33"/>
        <source>선택</source>
        <translation>Pick</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/candidate_board.py" line="34"/>
        <source>후보 {0} 선택</source>
        <translation>Pick candidate {0}</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../../desktop/ui/catalogue_page.py" line="49"/>
        <source>자동 선택으로 되돌리기</source>
        <translation>Choose automatically again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_page.py" line="70"/>
        <source>모델</source>
        <translation>Models</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_page.py" line="74"/>
        <source>내장 엔진은 이 PC 안에서 글을 씁니다. 더 큰 모델을 내려받으면 보도자료 품질이 좋아집니다. 이 PC의 메모리: {0} GB.</source>
        <translation>The built-in engine writes on this PC. A larger downloaded model writes much better press releases. This PC&apos;s memory: {0} GB.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_page.py" line="92"/>
        <source>PR Studio 정보 · 모델 라이선스</source>
        <translation>About PR Studio · model licences</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_page.py" line="126"/>
        <source>지금 내장 엔진이 쓰는 모델: {0} (직접 고름)</source>
        <translation>The built-in engine now uses: {0} (your choice)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_page.py" line="129"/>
        <source>지금 내장 엔진이 쓰는 모델: {0} (자동 선택: 내려받은 모델 중 이 PC에 가장 알맞은 모델)</source>
        <translation>The built-in engine now uses: {0} (chosen automatically: the best downloaded model for this PC)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_page.py" line="132"/>
        <source>지금 내장 엔진이 쓰는 모델: {0}</source>
        <translation>The built-in engine now uses: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_page.py" line="134"/>
        <source>(설정의 엔진이 내장 모델이 아니라서 지금은 쓰이지 않습니다)</source>
        <translation>(not in use now: Settings choose another engine)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_page.py" line="158"/>
        <source>{0} 내려받기를 취소하고 받은 부분({1:,.0f} MB)을 지울까요? 다시 받으려면 처음부터 받습니다.</source>
        <translation>Cancel downloading {0} and delete the {1:,.0f} MB received? Downloading again starts from the beginning.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_page.py" line="160"/>
        <source>내려받기 취소</source>
        <translation>Cancel download</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_page.py" line="167"/>
        <source>비상업 라이선스</source>
        <translation>Non-commercial licence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_page.py" line="169"/>
        <source>{0}은(는) 비상업 라이선스라 회사 업무(보도자료 포함)에는 쓸 수 없습니다. 그래도 이 모델을 쓸까요?</source>
        <translation>{0} has a non-commercial licence: it may not be used for company work, press releases included. Use this model anyway?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_page.py" line="177"/>
        <source>이제 내장 엔진이 {0}을(를) 씁니다.</source>
        <translation>The built-in engine now uses {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_page.py" line="179"/>
        <source>사용할 엔진도 내장 모델로 바꿨습니다.</source>
        <translation>The engine setting was switched to the built-in model too.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_page.py" line="186"/>
        <source>{0} 파일({1:.1f} GB)을 지울까요? 다시 쓰려면 다시 내려받아야 합니다.</source>
        <translation>Delete the {0} file ({1:.1f} GB)? To use it again you will have to download it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_page.py" line="187"/>
        <source>모델 지우기</source>
        <translation>Delete model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_page.py" line="212"/>
        <source>{0}을(를) 내려받고 SHA-256을 확인했습니다. 따로 고르지 않으면 내장 엔진이 알맞은 모델을 자동으로 씁니다.</source>
        <translation>{0} was downloaded and its SHA-256 verified. Unless you choose one, the built-in engine uses the best model for this PC automatically.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_page.py" line="216"/>
        <source>{0}을(를) 내려받았지만 공개된 SHA-256이 없어 확인하지 못했습니다. 자동으로는 쓰지 않습니다.</source>
        <translation>{0} was downloaded, but without a published SHA-256 it could not be verified. It is not used automatically.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/catalogue_page.py" line="219"/>
        <source>이 모델 사용</source>
        <translation>Use this model</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../desktop/ui/wizard_pages.py" line="47"/>
        <source>어느 회사의 문서인가요?</source>
        <translation>Which company is this document for?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_pages.py" line="48"/>
        <source>회사 정보는 모든 문서가 인용하는 사실입니다.</source>
        <translation>The company profile holds the facts every document cites.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_pages.py" line="52"/>
        <source>데모 회사 불러오기</source>
        <translation>Load the demo company</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_pages.py" line="57"/>
        <source>회사</source>
        <translation>Company</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="34"/>
        <source>버전 비교</source>
        <translation>Compare versions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="42"/>
        <source>비교할 버전 {0}</source>
        <translation>Version to compare {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="45"/>
        <source>버전 내용 {0}</source>
        <translation>Version text {0}</translation>
    </message>
</context>
<context>
    <name>CompletenessBar</name>
    <message>
        <location filename="../../desktop/ui/completeness_bar.py" line="27"/>
        <source>문서 상태</source>
        <extracomment>The person asked to build the missing parts from the facts.</extracomment>
        <translation>Document status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/completeness_bar.py" line="28"/>
        <source>자료로 채우기</source>
        <translation>Fill from the facts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/completeness_bar.py" line="30"/>
        <source>빠진 부분을 회사 정보와 입력한 내용으로 만들어 넣습니다. 새 편집본으로 저장됩니다.</source>
        <translation>Builds the missing parts from the company profile and your answers. Saved as a new edited version.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/completeness_bar.py" line="59"/>
        <source>미완성 — 빠진 부분: {0}</source>
        <translation>Incomplete — missing: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/completeness_bar.py" line="63"/>
        <source>완료 — 필수 부분이 모두 있습니다.</source>
        <translation>Complete — every required part is there.</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../../desktop/ui/draft_editor.py" line="66"/>
        <source>초안 (문서 보기)</source>
        <extracomment>The person changed the text (not the program); ``markdown()`` has the change.</extracomment>
        <translation>Draft (document view)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/draft_editor.py" line="67"/>
        <source>생성을 시작하면 여기에 글이 나타납니다.</source>
        <translation>The text appears here once generation starts.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/draft_editor.py" line="72"/>
        <source>초안 (Markdown 원문)</source>
        <translation>Draft (Markdown source)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/draft_editor.py" line="77"/>
        <source>문서</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/draft_editor.py" line="78"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/draft_editor.py" line="79"/>
        <source>서식 있는 텍스트로 복사</source>
        <translation>Copy as formatted text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/draft_editor.py" line="80"/>
        <source>메일이나 Word에 붙여 넣을 수 있게 제목·굵게·표를 그대로 복사합니다.</source>
        <translation>Copies headings, bold text and tables as they are, to paste into mail or Word.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/draft_editor.py" line="85"/>
        <source>보기</source>
        <translation>view</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../desktop/ui/export_page.py" line="35"/>
        <source>Word 파일로 내보내기</source>
        <translation>Export to Word</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_page.py" line="39"/>
        <source>저장… (Ctrl+S)</source>
        <translation>Save… (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_page.py" line="41"/>
        <source>폴더 열기</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_page.py" line="60"/>
        <source>Word 파일로 저장</source>
        <translation>Save as Word file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_page.py" line="78"/>
        <source>확인되지 않은 사실이 {0}건 있습니다: {1}
각 항목은 Word 파일에 메모로 붙습니다. 그래도 저장할까요?</source>
        <translation>Claims not confirmed by your facts: {0} ({1})
Each one is attached to the Word file as a comment. Save anyway?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_page.py" line="80"/>
        <source>저장하기 전에 확인</source>
        <translation>Check before saving</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_page.py" line="103"/>
        <source>다른 이름으로 저장</source>
        <translation>Save under another name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_page.py" line="106"/>
        <source>저장했습니다: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
</context>
<context>
    <name>FactsDialog</name>
    <message>
        <location filename="../../desktop/ui/facts_dialog.py" line="29"/>
        <source>문서에서 사실 가져오기 — {0}</source>
        <translation>Facts from a document — {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facts_dialog.py" line="44"/>
        <source>선택한 문장을 사실로 추가</source>
        <translation>Add the chosen sentences as facts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facts_dialog.py" line="45"/>
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facts_dialog.py" line="49"/>
        <source>회사가 확인한 사실만 고르세요. 고른 문장은 모든 문서가 인용합니다.</source>
        <translation>Choose only facts the company has confirmed. Every document will cite them.</translation>
    </message>
</context>
<context>
    <name>FieldsPage</name>
    <message>
        <location filename="../../desktop/ui/wizard_pages.py" line="91"/>
        <source>* 표시는 꼭 채워야 합니다.</source>
        <extracomment>The company chosen on the first page, for the sentence previews under the key points.</extracomment>
        <translation>Fields marked * are required.</translation>
    </message>
</context>
<context>
    <name>FindingRow</name>
    <message>
        <location filename="../../desktop/ui/findings_list.py" line="57"/>
        <source>오류</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_list.py" line="57"/>
        <source>주의</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_list.py" line="66"/>
        <source>고치기</source>
        <translation>Fix</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_list.py" line="67"/>
        <source>이 부분을 본문에서 선택합니다. 바로 고쳐 쓰세요.</source>
        <translation>Selects these words in the draft so you can correct them.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_list.py" line="68"/>
        <source>사실로 인정</source>
        <translation>Accept as true</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_list.py" line="69"/>
        <source>이 초안에서는 맞는 내용으로 보고 더 표시하지 않습니다.</source>
        <translation>Treats this claim as true in this draft and stops flagging it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_list.py" line="70"/>
        <source>회사 정보에 추가</source>
        <translation>Add to company facts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_list.py" line="74"/>
        <source>회사 정보의 사실 목록에 저장합니다. 이 회사의 모든 문서가 사실로 씁니다.</source>
        <translation>Saves it to the company&apos;s facts; every document of this company will treat it as a fact.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/findings_list.py" line="76"/>
        <source>표현 규칙에 관한 항목이라 회사 사실로 저장할 수 없습니다.</source>
        <translation>This is about wording rules, so it cannot be saved as a company fact.</translation>
    </message>
</context>
<context>
    <name>FindingsList</name>
    <message>
        <location filename="../../desktop/ui/findings_list.py" line="101"/>
        <source>확인할 점</source>
        <extracomment>A finding with a span was chosen: (start, end) in the draft&apos;s Markdown.</extracomment>
        <translation>Things to check</translation>
    </message>
</context>
<context>
    <name>GeneratePage</name>
    <message>
        <location filename="../../desktop/ui/wizard_pages.py" line="234"/>
        <source>생성과 검토</source>
        <translation>Generate and review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_pages.py" line="235"/>
        <source>글은 쓰는 대로 나타납니다. Esc로 멈추고, 내보내기 전에 고칠 수 있습니다.</source>
        <translation>Text appears as it is written. Press Esc to stop; you can edit before exporting.</translation>
    </message>
</context>
<context>
    <name>GenerationView</name>
    <message>
        <location filename="../../desktop/ui/generation_view.py" line="113"/>
        <source>취소 (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/generation_view.py" line="115"/>
        <source>다시 생성</source>
        <translation>Generate again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/generation_view.py" line="117"/>
        <source>버전 비교</source>
        <translation>Compare versions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/generation_view.py" line="119"/>
        <source>이 섹션 다시 생성</source>
        <translation>Regenerate this section</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/generation_view.py" line="111"/>
        <location filename="../../desktop/ui/generation_view.py" line="126"/>
        <source>버전</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/generation_view.py" line="101"/>
        <location filename="../../desktop/ui/generation_view.py" line="133"/>
        <source>목차</source>
        <extracomment>The saved version the editor shows; None while a run streams or before the first one.</extracomment>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/generation_view.py" line="148"/>
        <source>확인할 점</source>
        <translation>Things to check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/generation_view.py" line="252"/>
        <source>완료</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/generation_view.py" line="255"/>
        <source>미완성 — 빠진 부분: {0}</source>
        <translation>Incomplete — missing: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/generation_view.py" line="261"/>
        <source>생성을 취소했습니다. 지금까지 쓴 내용은 기록에 저장되었습니다.</source>
        <translation>Generation cancelled. The text written so far is saved in history.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/generation_view.py" line="267"/>
        <source>내장 모델로 계속</source>
        <translation>Continue with the built-in model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/generation_view.py" line="268"/>
        <source>설치 안내</source>
        <translation>How to install</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/generation_view.py" line="276"/>
        <source>죄송합니다. 예상하지 못한 오류가 났습니다. 기록: {0}</source>
        <translation>Sorry, something unexpected went wrong. Log: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/generation_view.py" line="298"/>
        <source>곧 여기에 글이 나타납니다. 내장 모델은 첫 글자까지 30초쯤 걸릴 수 있습니다.</source>
        <translation>The text will appear here shortly. The built-in model can take about 30 seconds to write its first word.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/generation_view.py" line="300"/>
        <source>생성을 시작하면 여기에 글이 나타납니다.</source>
        <translation>The text appears here once generation starts.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="43"/>
        <source>회사, 제목, 날짜(예: 2026-03)로 찾기</source>
        <translation>Search by company, title or date (e.g. 2026-03)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="44"/>
        <source>기록 찾기</source>
        <translation>Search history</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="47"/>
        <source>작업 종류</source>
        <translation>Kind of document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="48"/>
        <source>모든 작업</source>
        <translation>All workflows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="54"/>
        <source>기록 목록</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="56"/>
        <source>번호</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="56"/>
        <source>날짜</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="56"/>
        <source>회사</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="56"/>
        <source>작업</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="56"/>
        <source>제목</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="83"/>
        <source>열어서 이어 쓰기</source>
        <extracomment>Drafts deleted in this session, newest last: 삭제 되돌리기 puts them back.</extracomment>
        <translation>Open and continue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="84"/>
        <source>다시 내보내기…</source>
        <translation>Export again…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="85"/>
        <source>삭제…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="90"/>
        <source>삭제 되돌리기</source>
        <translation>Undo delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="123"/>
        <source>(제목 없음)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="165"/>
        <source>저장했습니다: {0} (확인할 사실 {1}건은 Word 메모로 표시했습니다)</source>
        <translation>Saved {0} ({1} facts to check are marked as Word comments)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="178"/>
        <source>&apos;{0}&apos; 기록과 버전 {1}개를 삭제할까요? 이번 실행 중에는 &apos;삭제 되돌리기&apos;로 되살릴 수 있습니다.</source>
        <translation>Delete &apos;{0}&apos; and its {1} version(s)? Until PR Studio closes, &apos;Undo delete&apos; brings it back.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="181"/>
        <source>기록 삭제</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="190"/>
        <source>&apos;{0}&apos; 기록을 삭제했습니다.</source>
        <translation>Deleted &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="190"/>
        <source>되돌리기</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="202"/>
        <source>기록을 되살렸습니다.</source>
        <translation>The draft is back.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="150"/>
        <source>Word 파일로 저장</source>
        <translation>Save as Word file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="168"/>
        <source>저장했습니다: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="20"/>
        <source>무엇을 만들까요?</source>
        <translation>What would you like to write?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="22"/>
        <source>회사 정보에 적힌 사실만으로 씁니다. 없는 내용은 [확인 필요]로 표시됩니다.</source>
        <translation>Only the facts in the company profile are used. Anything missing is marked &quot;to be confirmed&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="53"/>
        <source>시작하기</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="55"/>
        <source>{0} 시작하기</source>
        <translation>Start {0}</translation>
    </message>
</context>
<context>
    <name>LicenceDialog</name>
    <message>
        <location filename="../../desktop/ui/licence_dialog.py" line="25"/>
        <source>라이선스 확인 — {0}</source>
        <translation>Licence — {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/licence_dialog.py" line="52"/>
        <source>{0} · 파일 {1}/{2}</source>
        <translation>{0} · file {1}/{2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/licence_dialog.py" line="54"/>
        <source>라이선스: {0}</source>
        <translation>Licence: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/licence_dialog.py" line="55"/>
        <source>회사 업무에 써도 되나요?</source>
        <translation>May a company use it?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/licence_dialog.py" line="45"/>
        <source>라이선스 원문 보기</source>
        <translation>Read the licence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/licence_dialog.py" line="28"/>
        <source>라이선스를 읽었으며 이 조건에 동의합니다</source>
        <translation>I have read the licence and accept its terms</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/licence_dialog.py" line="32"/>
        <source>동의하고 내려받기</source>
        <translation>Accept and download</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/licence_dialog.py" line="40"/>
        <source>이 모델은 비상업 라이선스입니다. 회사 업무(보도자료 포함)에는 쓸 수 없습니다.</source>
        <translation>This model&apos;s licence is non-commercial: it may not be used for company work, press releases included.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="49"/>
        <source>홍보 스튜디오</source>
        <translation>PR Studio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="60"/>
        <source>홈</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="61"/>
        <source>회사 정보</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="62"/>
        <source>기록</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="63"/>
        <source>모델</source>
        <translation>Models</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="64"/>
        <source>설정</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="69"/>
        <source>메뉴</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="79"/>
        <source>사용 중인 엔진</source>
        <translation>Engine in use</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="82"/>
        <source>개인정보 상태</source>
        <translation>Privacy status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="176"/>
        <source>엔진: {0}{1}</source>
        <translation>Engine: {0}{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="180"/>
        <source>주의: 회사 자료가 유료 API로 전송된 적이 있습니다 (설정 › 개인정보 기록)</source>
        <translation>Note: company data has been sent to a paid API (Settings › privacy ledger)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="184"/>
        <source>이 PC 밖으로 전송된 내용 없음</source>
        <translation>Nothing has left this PC</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="203"/>
        <source>사용 중인 엔진: {0} · {1}</source>
        <translation>Engine in use: {0} · {1}</translation>
    </message>
</context>
<context>
    <name>ModelCard</name>
    <message>
        <location filename="../../desktop/ui/model_card.py" line="37"/>
        <source>★ 이 PC에 추천</source>
        <translation>★ Recommended for this PC</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/model_card.py" line="45"/>
        <source>라이선스: {0} · &lt;b&gt;{1}&lt;/b&gt; · &lt;a href=&quot;{2}&quot;&gt;원문&lt;/a&gt;</source>
        <translation>Licence: {0} · &lt;b&gt;{1}&lt;/b&gt; · &lt;a href=&quot;{2}&quot;&gt;text&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/model_card.py" line="57"/>
        <source>{0} 내려받기 진행</source>
        <translation>{0} download progress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/model_card.py" line="85"/>
        <location filename="../../desktop/ui/model_card.py" line="122"/>
        <source>내려받기…</source>
        <translation>Download…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/model_card.py" line="86"/>
        <source>일시 정지</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/model_card.py" line="87"/>
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/model_card.py" line="88"/>
        <source>이 모델 사용</source>
        <translation>Use this model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/model_card.py" line="89"/>
        <source>지우기</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/model_card.py" line="106"/>
        <source>메모리 {0} GB 이상</source>
        <translation>{0} GB memory or more</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/model_card.py" line="108"/>
        <source>메모리 {0} GB 이상, {1} GB 권장</source>
        <translation>{0} GB memory or more, {1} GB recommended</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/model_card.py" line="111"/>
        <source>이 PC에 맞음</source>
        <translation>fits this PC</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/model_card.py" line="112"/>
        <source>이 PC에서는 느릴 수 있음</source>
        <translation>may be slow on this PC</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/model_card.py" line="113"/>
        <source>이 PC에는 메모리 부족</source>
        <translation>too big for this PC</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/model_card.py" line="122"/>
        <source>이어받기</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/model_card.py" line="137"/>
        <source>받다 멈춤: {0:,.0f} / {1:,.0f} MB. 이어받기를 누르면 받은 곳부터 이어서 받습니다.</source>
        <translation>Paused at {0:,.0f} / {1:,.0f} MB. Resume continues from there.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/model_card.py" line="141"/>
        <source>내려받지 않음</source>
        <translation>Not downloaded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/model_card.py" line="143"/>
        <source>내려받음 · SHA-256 확인됨</source>
        <translation>Downloaded · SHA-256 verified</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/model_card.py" line="145"/>
        <source>내려받음 · 공개된 SHA-256이 없어 확인하지 못함(자동으로 쓰지 않음)</source>
        <translation>Downloaded · not verified, no published SHA-256 (never used automatically)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/model_card.py" line="148"/>
        <source> · 지금 내장 엔진이 쓰는 모델</source>
        <translation> · the built-in engine uses it now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/model_card.py" line="150"/>
        <source> · 지금 내장 엔진이 쓰는 모델(자동 선택)</source>
        <translation> · the built-in engine uses it now (chosen automatically)</translation>
    </message>
</context>
<context>
    <name>NotePreviewPanel</name>
    <message>
        <location filename="../../desktop/ui/note_preview.py" line="41"/>
        <source>핵심 내용으로 만들 문장 미리 보기</source>
        <extracomment>Milliseconds after the last key press before the sentences are made again.</extracomment>
        <translation>Preview of the sentences made from the key points</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/note_preview.py" line="74"/>
        <source>문장으로 바꾸지 못해 적은 그대로 목록에 넣습니다: {0}</source>
        <translation>Kept as written in a list (not turned into a sentence): {0}</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../desktop/ui/wizard_pages.py" line="159"/>
        <source>선택 사항</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_pages.py" line="161"/>
        <source>생성을 누르면 글쓰기를 시작합니다. 내장 모델로는 몇 분 걸릴 수 있습니다. (Ctrl+Enter)</source>
        <translation>Generate starts writing. With the built-in model it can take a few minutes. (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_pages.py" line="163"/>
        <source>생성</source>
        <translation>Generate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_pages.py" line="181"/>
        <source>설정의 모델</source>
        <translation>Model from Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_pages.py" line="189"/>
        <source>추가로 알릴 내용이나 참고 자료(기존 기사, 메모 등)를 붙여 넣으세요. 지시가 아니라 자료로 쓰입니다.</source>
        <translation>Paste anything else to mention or reference material (past articles, notes). It is used as material, not as instructions.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_pages.py" line="195"/>
        <source>창의성</source>
        <translation>Creativity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_pages.py" line="196"/>
        <source>엔진</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_pages.py" line="197"/>
        <source>모델</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_pages.py" line="198"/>
        <source>버전 수</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_pages.py" line="226"/>
        <source>그대로 두려면 생성을 한 번 더 누르세요.</source>
        <translation>To keep it as it is, press Generate once more.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard_pages.py" line="186"/>
        <location filename="../../desktop/ui/wizard_pages.py" line="204"/>
        <source>추가 요청·참고 자료</source>
        <translation>Extra requests and reference material</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../desktop/ui/profile_form.py" line="33"/>
        <source>회사 이름 *</source>
        <translation>Company name *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_form.py" line="34"/>
        <source>영문 이름</source>
        <translation>English name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_form.py" line="35"/>
        <source>대표</source>
        <translation>CEO</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_form.py" line="36"/>
        <source>설립 연도</source>
        <translation>Founded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_form.py" line="37"/>
        <source>본사</source>
        <translation>Headquarters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_form.py" line="38"/>
        <source>업종</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_form.py" line="39"/>
        <source>홈페이지</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_form.py" line="40"/>
        <source>직원 수</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_form.py" line="43"/>
        <source>담당자</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_form.py" line="44"/>
        <source>직함</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_form.py" line="45"/>
        <source>전화</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_form.py" line="46"/>
        <source>이메일</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_form.py" line="60"/>
        <source>회사소개 문단. 보도자료 끝에 그대로 들어갑니다.</source>
        <extracomment>The person changed a field, a product or a fact. &quot;문서에서 사실 가져오기…&quot; was pressed; the page opens the file.</extracomment>
        <translation>Boilerplate paragraph; it ends every press release as written.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_form.py" line="62"/>
        <source>쉼표로 구분. 예: 따뜻한, 정직한</source>
        <translation>Comma-separated, e.g. warm, honest</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_form.py" line="64"/>
        <source>쉼표로 구분. 예: 최고, 업계 1위</source>
        <translation>Comma-separated, e.g. best, number one</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_form.py" line="66"/>
        <source>한국어</source>
        <translation>Korean</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_form.py" line="67"/>
        <source>영어</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_form.py" line="70"/>
        <location filename="../../desktop/ui/profile_form.py" line="74"/>
        <location filename="../../desktop/ui/profile_form.py" line="97"/>
        <source>제품/서비스</source>
        <translation>Products and services</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_form.py" line="70"/>
        <source>설명</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_form.py" line="78"/>
        <source>확인된 사실</source>
        <translation>Confirmed facts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_form.py" line="83"/>
        <source>회사</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_form.py" line="87"/>
        <source>회사소개</source>
        <translation>Boilerplate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_form.py" line="88"/>
        <source>브랜드</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_form.py" line="90"/>
        <source>어조</source>
        <translation>Tone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_form.py" line="91"/>
        <source>쓰지 않을 말</source>
        <translation>Words to avoid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_form.py" line="92"/>
        <source>기본 언어</source>
        <translation>Default language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_form.py" line="93"/>
        <location filename="../../desktop/ui/profile_form.py" line="96"/>
        <source>언론 문의 담당</source>
        <translation>Media contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_form.py" line="101"/>
        <source>제품 추가</source>
        <translation>Add product</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_form.py" line="101"/>
        <source>선택한 제품 삭제</source>
        <translation>Remove selected product</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_form.py" line="103"/>
        <source>확인된 사실 (모든 문서가 인용합니다)</source>
        <translation>Confirmed facts (every document cites them)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_form.py" line="108"/>
        <source>사실 추가</source>
        <translation>Add fact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_form.py" line="109"/>
        <source>선택한 사실 삭제</source>
        <translation>Remove selected fact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_form.py" line="110"/>
        <source>문서에서 사실 가져오기…</source>
        <translation>Facts from a document…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_form.py" line="185"/>
        <source>새 사실</source>
        <translation>New fact</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="70"/>
        <location filename="../../desktop/ui/profile_page.py" line="102"/>
        <source>새 회사</source>
        <extracomment>The stored company the form shows (&quot;&quot; for a new, never saved one).</extracomment>
        <translation>New company</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="71"/>
        <source>TOML 가져오기…</source>
        <translation>Import TOML…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="72"/>
        <source>TOML 내보내기…</source>
        <translation>Export TOML…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="73"/>
        <location filename="../../desktop/ui/profile_page.py" line="180"/>
        <source>삭제</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="53"/>
        <source>저장</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="46"/>
        <source>회사 목록</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="95"/>
        <source>저장하지 않은 변경 사항이 있습니다.</source>
        <translation>There are unsaved changes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="104"/>
        <source>&apos;{0}&apos; 회사 정보에 저장하지 않은 변경 사항이 있습니다. 저장하지 않으면 문서에 쓰이지 않습니다. 저장할까요?</source>
        <translation>The company profile &apos;{0}&apos; has unsaved changes. Documents use only what is saved. Save them?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="106"/>
        <source>회사 정보</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="180"/>
        <source>&apos;{0}&apos; 회사 정보를 삭제할까요?</source>
        <translation>Delete the profile of &apos;{0}&apos;?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="204"/>
        <source>저장했습니다.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="267"/>
        <source>사실 {0}개를 추가했습니다. 저장해야 문서에 쓰입니다.</source>
        <translation>Added {0} fact(s). Save to use them in documents.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="269"/>
        <source>지금 저장</source>
        <translation>Save now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="209"/>
        <source>회사 정보 가져오기</source>
        <translation>Import company profile</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="227"/>
        <source>가져왔습니다: {0}</source>
        <translation>Imported: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="234"/>
        <source>회사 정보 내보내기</source>
        <translation>Export company profile</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="248"/>
        <source>문서 ({0})</source>
        <translation>Documents ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="249"/>
        <source>사실을 가져올 문서</source>
        <translation>Document to take facts from</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <location filename="../../desktop/ui/review.py" line="200"/>
        <source>&apos;{0}&apos;을(를) 이 초안에서 사실로 인정했습니다.</source>
        <extracomment>A check&apos;s result is on screen (the newest, for the editor&apos;s current text). The checker for the current draft is ready (or could not be built: ``None``).</extracomment>
        <translation>Accepted &apos;{0}&apos; as true for this draft.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review.py" line="202"/>
        <source>되돌리기</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review.py" line="227"/>
        <source>&apos;{0}&apos;을(를) {1}의 회사 정보(사실)에 추가했습니다.</source>
        <translation>Added &apos;{0}&apos; to the facts of {1}.</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <location filename="../../desktop/ui/run_status.py" line="55"/>
        <source>생성 상태</source>
        <translation>Generation status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/run_status.py" line="58"/>
        <source>생성 진행률</source>
        <translation>Generation progress</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/run_status.py" line="121"/>
        <source>모델 불러오는 중 · {0}초</source>
        <translation>Loading the model · {0} s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/run_status.py" line="123"/>
        <source>자료 읽는 중 · {0:,} 토큰 · {1}초</source>
        <translation>Reading the material · {0:,} tokens · {1} s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/run_status.py" line="126"/>
        <source>작성 중 · {0:.0f} 토큰/초</source>
        <translation>Writing · {0:.0f} tokens/s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/run_status.py" line="128"/>
        <source>남은 섹션 {0}</source>
        <translation>{0} sections left</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="83"/>
        <source>내려받기</source>
        <translation>Download</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="85"/>
        <source>중지</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="96"/>
        <source>비워 두면 공식 주소 (예: http://127.0.0.1:8080/v1)</source>
        <translation>Empty means the official address (e.g. http://127.0.0.1:8080/v1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="101"/>
        <source>유료/외부 API 사용에 동의합니다. 회사 자료가 이 PC 밖으로 전송됩니다.</source>
        <translation>I agree to use a paid/external API. Company data will leave this PC.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="106"/>
        <source>시각</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="106"/>
        <location filename="../../desktop/ui/settings_page.py" line="119"/>
        <source>엔진</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="106"/>
        <location filename="../../desktop/ui/settings_page.py" line="163"/>
        <source>모델</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="106"/>
        <location filename="../../desktop/ui/settings_page.py" line="127"/>
        <location filename="../../desktop/ui/settings_page.py" line="162"/>
        <source>주소</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="106"/>
        <source>보낸 글자 수</source>
        <translation>Characters sent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="121"/>
        <source>사용할 엔진</source>
        <translation>Engine to use</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="125"/>
        <source>연결 확인</source>
        <translation>Check connection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="128"/>
        <source>설치된 모델</source>
        <translation>Installed models</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="90"/>
        <source>비워 두면 내려받은 모델 중 가장 알맞은 것, 없으면 내장 Gemma 3 270M</source>
        <translation>Empty: the best downloaded model, else the built-in Gemma 3 270M</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="61"/>
        <source>자동 (서버와 모델 파일에 묻기)</source>
        <translation>Automatic (ask the server and the model file)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="62"/>
        <source>지시 학습 모델 (chat, instruct)</source>
        <translation>Instruction-tuned model (chat, instruct)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="63"/>
        <source>기본 모델 (base)</source>
        <translation>Base model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="66"/>
        <source>지시 학습 모델은 보도자료 전체를 부분마다 씁니다. 기본 모델은 제목 후보만 쓰고 나머지는 자료로 만듭니다. 자동으로 잘못 알아볼 때만 바꾸세요.</source>
        <translation>An instruction-tuned model writes the whole release, part by part. A base model only proposes headlines; the rest is built from your facts. Change this only when the automatic choice is wrong.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="122"/>
        <source>모델 종류</source>
        <translation>Model kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="139"/>
        <source>이 PC({0} GB)에 맞는 추천 모델</source>
        <translation>Recommended for this PC ({0} GB)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="140"/>
        <source>모델 내려받기</source>
        <translation>Download a model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="144"/>
        <source>내장 모델</source>
        <translation>Built-in model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="146"/>
        <source>GGUF 파일 선택…</source>
        <translation>Choose GGUF file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="148"/>
        <source>모델 파일</source>
        <translation>Model file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="149"/>
        <source>모델 목록에서 내려받기…</source>
        <translation>Download from the model list…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="155"/>
        <source>회사 업무에 쓸 수 있는 모델을 라이선스와 함께 고르고 내려받습니다.</source>
        <translation>Choose and download a model a company may use, with its licence.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="159"/>
        <source>유료 API (선택)</source>
        <translation>Paid API (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="161"/>
        <source>제공자</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="164"/>
        <source>키 저장</source>
        <translation>Save key</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="166"/>
        <source>API 키</source>
        <translation>API key</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="168"/>
        <source>개인정보 기록: 이 PC 밖으로 보낸 내용</source>
        <translation>Privacy ledger: what left this PC</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="170"/>
        <source>화면 언어</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="172"/>
        <source>언어 (다시 시작하면 적용)</source>
        <translation>Language (applies after a restart)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="180"/>
        <source>설정 저장</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="182"/>
        <source>PR Studio 정보</source>
        <translation>About PR Studio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="223"/>
        <source>설정을 저장했습니다.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="245"/>
        <source>API 키를 운영체제 키체인에 저장했습니다.</source>
        <translation>The API key was saved in the system keychain.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="250"/>
        <source>이 컴퓨터에는 사용할 수 있는 키체인이 없어, 키를 이번 실행 동안만 기억합니다. 파일에는 저장하지 않습니다.</source>
        <translation>This computer has no usable keychain, so the key is kept for this session only. It is never written to a file.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="265"/>
        <source>GGUF 모델 파일</source>
        <translation>GGUF model file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="294"/>
        <source>Ollama에 연결했습니다. 모델 {0}개.</source>
        <translation>Connected to Ollama: {0} models.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="303"/>
        <source>라이선스 정보 없음: 회사에서 쓰기 전에 모델 페이지의 라이선스를 확인하세요.</source>
        <translation>Licence unknown: check the model page&apos;s licence before company use.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="334"/>
        <source>{0} — {1:,.0f}/{2:,.0f} MB, {3:.1f} MB/초</source>
        <translation>{0} — {1:,.0f}/{2:,.0f} MB, {3:.1f} MB/s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="344"/>
        <source>중지했습니다. 다시 내려받으면 이어서 받습니다.</source>
        <translation>Stopped. Downloading again resumes where it stopped.</translation>
    </message>
</context>
<context>
    <name>UsageLabel</name>
    <message>
        <location filename="../../desktop/ui/usage_label.py" line="43"/>
        <source>입력 {0:,} 토큰 (캐시 {1:,}) · 출력 {2:,} 토큰</source>
        <translation>Input {0:,} tokens ({1:,} cached) · output {2:,} tokens</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/usage_label.py" line="48"/>
        <source>문맥 {0:.0%} 사용</source>
        <translation>context {0:.0%} used</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/usage_label.py" line="52"/>
        <source>예상 비용 약 ₩{0:,.0f}</source>
        <translation>estimated cost about ₩{0:,.0f}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/usage_label.py" line="54"/>
        <source>예상 비용: 요금표에 없는 모델</source>
        <translation>Estimated cost: model not in the price list</translation>
    </message>
</context>
<context>
    <name>Versions</name>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="13"/>
        <source>완료</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="14"/>
        <source>미완성</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="15"/>
        <source>취소됨</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="16"/>
        <source>실패</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="17"/>
        <source>작성 중</source>
        <translation>writing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="18"/>
        <source>중단됨</source>
        <translation>Interrupted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="26"/>
        <source>버전 {0} · 버전 {1} 편집본</source>
        <translation>Version {0} · edit of version {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="28"/>
        <source>버전 {0} · {1}</source>
        <translation>Version {0} · {1}</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="51"/>
        <source>홍보 스튜디오에 오신 것을 환영합니다</source>
        <translation>Welcome to PR Studio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="55"/>
        <source>홍보 스튜디오는 회사 정보에 적힌 사실로 보도자료, 캐치프레이즈, 위기관리 계획서, 직원 매뉴얼을 만듭니다. 글은 이 PC에서 작성되며, 유료 API는 허락한 경우에만 씁니다.</source>
        <translation>PR Studio writes press releases, catchphrases, crisis plans and staff manuals from the facts in your company profile. Text is written on this PC; a paid API is used only if you allow it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="60"/>
        <source>사용할 수 있는 엔진을 확인하고 있습니다…</source>
        <translation>Checking the available engines…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="63"/>
        <source>데모 회사로 둘러보기</source>
        <translation>Try the demo company</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="65"/>
        <source>우리 회사 정보 만들기</source>
        <translation>Create our company profile</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="67"/>
        <source>시작하기</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="91"/>
        <source>라이선스: {0} · {1}</source>
        <translation>Licence: {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="99"/>
        <source>내려받기…</source>
        <translation>Download…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="102"/>
        <source>지금은 내장 모델로 계속</source>
        <translation>Continue with the built-in model for now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="133"/>
        <source>창을 닫아도 내려받기는 계속됩니다. &apos;모델&apos; 화면에서 일시 정지하거나 이어받을 수 있습니다.</source>
        <translation>The download goes on when this window closes. Pause or resume it on the Models page.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="141"/>
        <source>내장 모델로 시작합니다. 더 나은 모델은 언제든 &apos;모델&apos; 화면에서 내려받을 수 있습니다.</source>
        <translation>Starting with the built-in model. You can download a better one on the Models page at any time.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="154"/>
        <source>{0}을(를) 내려받고 확인했습니다. 따로 고르지 않으면 내장 엔진이 이 모델로 씁니다.</source>
        <translation>{0} was downloaded and verified. Unless you choose another, the built-in engine writes with it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="179"/>
        <source>✔ Ollama가 실행 중입니다. 설치된 모델과 라이선스:</source>
        <translation>✔ Ollama is running. Its models and their licences:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="182"/>
        <source>설치된 모델 없음</source>
        <translation>no models installed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="182"/>
        <source>✔ Ollama가 실행 중입니다. 모델: {0}</source>
        <translation>✔ Ollama is running. Models: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="184"/>
        <source>• Ollama가 실행 중이 아닙니다. 없어도 괜찮습니다.</source>
        <translation>• Ollama is not running. That is fine.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="186"/>
        <source>✔ 내장 모델(Gemma 3 270M)이 준비되어 있습니다. 인터넷 없이 초안을 씁니다.</source>
        <translation>✔ The built-in model (Gemma 3 270M) is ready. It writes drafts without internet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="191"/>
        <source>→ 사용할 엔진: {0}</source>
        <translation>→ Engine to be used: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="192"/>
        <source>내장 모델 (설정에서 바꿀 수 있습니다)</source>
        <translation>the built-in model (you can change this in Settings)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="201"/>
        <source>{0} — 라이선스 정보 없음: 회사에서 쓰기 전에 모델 페이지의 라이선스를 확인하세요.</source>
        <translation>{0} — licence unknown: check the model page&apos;s licence before company use.</translation>
    </message>
</context>
<context>
    <name>WorkflowWizard</name>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="45"/>
        <source>다음</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="46"/>
        <source>이전</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="47"/>
        <source>마침</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="48"/>
        <location filename="../../desktop/ui/wizard.py" line="175"/>
        <source>닫기</source>
        <extracomment>True while a draft from history is walked to its review step (nothing new is about to be sent).</extracomment>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="176"/>
        <source>입력한 내용은 아직 어디에도 저장되지 않았습니다. 닫으면 사라집니다. 닫을까요?</source>
        <translation>What you typed is not saved anywhere yet and will be lost. Close anyway?</translation>
    </message>
</context>
</TS>
