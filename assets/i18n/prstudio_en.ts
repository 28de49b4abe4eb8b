<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="52" />
        <source>죄송합니다. 예상하지 못한 오류가 났습니다. 저장이 끝난 글은 기록 화면에 있지만, 방금 하던 작업은 저장되지 않았을 수 있습니다.</source>
        <translation>Sorry, something unexpected went wrong. Text that was already saved is on the History screen, but what you were just doing may not have been saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="58" />
        <source>자세한 내용: {0}</source>
        <translation>Details: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="60" />
        <source>데이터 폴더에 쓸 수 없어 로그도 남기지 못했습니다.</source>
        <translation>The data folder cannot be written, so no log could be kept either.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../desktop/ui/banner.py" line="41" />
        <source>닫기</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CandidateCard</name>
    <message>
        <location filename="../../desktop/ui/candidate_board.py" line="25" />
        <source>별표</source>
        <translation>Star</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/candidate_board.py" line="28" />
        <source>선택</source>
        <translation>Pick</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="48" />
        <source>어느 회사의 문서인가요?</source>
        <translation>Which company is this document for?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="49" />
        <source>회사 정보는 모든 문서가 인용하는 사실입니다.</source>
        <translation>The company profile holds the facts every document cites.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="53" />
        <source>데모 회사 불러오기</source>
        <translation>Load the demo company</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="58" />
        <source>회사</source>
        <translation>Company</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="13" />
        <source>버전 비교</source>
        <translation>Compare versions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/compare_dialog.py" line="21" />
        <source>버전 {0}</source>
        <translation>Version {0}</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../desktop/ui/export_page.py" line="26" />
        <source>Word 파일로 내보내기</source>
        <translation>Export to Word</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_page.py" line="30" />
        <source>저장… (Ctrl+S)</source>
        <translation>Save… (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_page.py" line="32" />
        <source>폴더 열기</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_page.py" line="48" />
        <source>Word 파일로 저장</source>
        <translation>Save as Word file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_page.py" line="63" />
        <source>다른 이름으로 저장</source>
        <translation>Save under another name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/export_page.py" line="66" />
        <source>저장했습니다: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
</context>
<context>
    <name>FactsDialog</name>
    <message>
        <location filename="../../desktop/ui/facts_dialog.py" line="29" />
        <source>문서에서 사실 가져오기 — {0}</source>
        <translation>Facts from a document — {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facts_dialog.py" line="44" />
        <source>선택한 문장을 사실로 추가</source>
        <translation>Add the chosen sentences as facts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facts_dialog.py" line="45" />
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facts_dialog.py" line="49" />
        <source>회사가 확인한 사실만 고르세요. 고른 문장은 모든 문서가 인용합니다.</source>
        <translation>Choose only facts the company has confirmed. Every document will cite them.</translation>
    </message>
</context>
<context>
    <name>FieldsPage</name>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="87" />
        <source>* 표시는 꼭 채워야 합니다.</source>
        <translation>Fields marked * are required.</translation>
    </message>
</context>
<context>
    <name>GeneratePage</name>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="189" />
        <source>생성과 검토</source>
        <translation>Generate and review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="190" />
        <source>글은 쓰는 대로 나타납니다. Esc로 멈추고, 내보내기 전에 고칠 수 있습니다.</source>
        <translation>Text appears as it is written. Press Esc to stop; you can edit before exporting.</translation>
    </message>
</context>
<context>
    <name>GenerationView</name>
    <message>
        <location filename="../../desktop/ui/generation_view.py" line="84" />
        <source>생성을 시작하면 여기에 글이 나타납니다.</source>
        <translation>The text appears here once generation starts.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/generation_view.py" line="88" />
        <source>편집</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/generation_view.py" line="89" />
        <source>미리보기</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/generation_view.py" line="103" />
        <source>취소 (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/generation_view.py" line="105" />
        <source>다시 생성</source>
        <translation>Generate again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/generation_view.py" line="107" />
        <source>버전 비교</source>
        <translation>Compare versions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/generation_view.py" line="109" />
        <source>이 섹션 다시 생성</source>
        <translation>Regenerate this section</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/generation_view.py" line="116" />
        <source>버전</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/generation_view.py" line="123" />
        <source>목차</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/generation_view.py" line="139" />
        <source>확인할 점</source>
        <translation>Things to check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/generation_view.py" line="236" />
        <location filename="../../desktop/ui/generation_view.py" line="365" />
        <source>완료</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/generation_view.py" line="242" />
        <source>생성을 취소했습니다. 지금까지 쓴 내용은 기록에 저장되었습니다.</source>
        <translation>Generation cancelled. The text written so far is saved in history.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/generation_view.py" line="248" />
        <source>내장 모델로 계속</source>
        <translation>Continue with the built-in model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/generation_view.py" line="249" />
        <source>설치 안내</source>
        <translation>How to install</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/generation_view.py" line="257" />
        <source>죄송합니다. 예상하지 못한 오류가 났습니다. 기록: {0}</source>
        <translation>Sorry, something unexpected went wrong. Log: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/generation_view.py" line="313" />
        <source>버전 {0} · {1}</source>
        <translation>Version {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/generation_view.py" line="366" />
        <source>취소됨</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/generation_view.py" line="367" />
        <source>실패</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/generation_view.py" line="368" />
        <source>작성 중</source>
        <translation>writing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/generation_view.py" line="369" />
        <source>중단됨</source>
        <translation>interrupted</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="40" />
        <source>회사, 제목, 날짜(예: 2026-03)로 찾기</source>
        <translation>Search by company, title or date (e.g. 2026-03)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="43" />
        <source>모든 작업</source>
        <translation>All workflows</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="50" />
        <source>번호</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="50" />
        <source>날짜</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="50" />
        <source>회사</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="50" />
        <source>작업</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="50" />
        <source>제목</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="63" />
        <source>열어서 이어 쓰기</source>
        <translation>Open and continue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="64" />
        <source>다시 내보내기…</source>
        <translation>Export again…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="65" />
        <location filename="../../desktop/ui/history_page.py" line="139" />
        <source>삭제</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="112" />
        <source>Word 파일로 저장</source>
        <translation>Save as Word file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="131" />
        <source>저장했습니다: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/history_page.py" line="138" />
        <source>'{0}' 기록과 모든 버전을 삭제할까요? 되돌릴 수 없습니다.</source>
        <translation>Delete '{0}' and all its versions? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="22" />
        <source>무엇을 만들까요?</source>
        <translation>What would you like to write?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="24" />
        <source>회사 정보에 적힌 사실만으로 씁니다. 없는 내용은 [확인 필요]로 표시됩니다.</source>
        <translation>Only the facts in the company profile are used. Anything missing is marked "to be confirmed".</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_page.py" line="49" />
        <source>시작하기</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="42" />
        <source>홍보 스튜디오</source>
        <translation>PR Studio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="56" />
        <source>홈</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="57" />
        <source>회사 정보</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="58" />
        <source>기록</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="59" />
        <source>설정</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="96" />
        <source>엔진: {0}{1}</source>
        <translation>Engine: {0}{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="100" />
        <source>주의: 회사 자료가 유료 API로 전송된 적이 있습니다 (설정 › 개인정보 기록)</source>
        <translation>Note: company data has been sent to a paid API (Settings › privacy ledger)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="104" />
        <source>이 PC 밖으로 전송된 내용 없음</source>
        <translation>Nothing has left this PC</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="109" />
        <source>사용 중인 엔진: {0} · {1}</source>
        <translation>Engine in use: {0} · {1}</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="141" />
        <source>선택 사항</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="142" />
        <source>Ctrl+Enter를 누르면 바로 생성합니다.</source>
        <translation>Press Ctrl+Enter to generate right away.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="160" />
        <source>설정의 모델</source>
        <translation>Model from Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="167" />
        <source>추가로 알릴 내용이나 참고 자료(기존 기사, 메모 등)를 붙여 넣으세요. 지시가 아니라 자료로 쓰입니다.</source>
        <translation>Paste anything else to mention or reference material (past articles, notes). It is used as material, not as instructions.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="173" />
        <source>창의성</source>
        <translation>Creativity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="174" />
        <source>엔진</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="175" />
        <source>모델</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="176" />
        <source>버전 수</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="179" />
        <source>추가 요청·참고 자료</source>
        <translation>Extra requests and reference material</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="40" />
        <source>회사 이름 *</source>
        <translation>Company name *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="41" />
        <source>영문 이름</source>
        <translation>English name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="42" />
        <source>대표</source>
        <translation>CEO</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="43" />
        <source>설립 연도</source>
        <translation>Founded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="44" />
        <source>본사</source>
        <translation>Headquarters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="45" />
        <source>업종</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="46" />
        <source>홈페이지</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="47" />
        <source>직원 수</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="50" />
        <source>담당자</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="51" />
        <source>직함</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="52" />
        <source>전화</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="53" />
        <source>이메일</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="68" />
        <source>회사소개 문단. 보도자료 끝에 그대로 들어갑니다.</source>
        <translation>Boilerplate paragraph; it ends every press release as written.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="70" />
        <source>쉼표로 구분. 예: 따뜻한, 정직한</source>
        <translation>Comma-separated, e.g. warm, honest</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="72" />
        <source>쉼표로 구분. 예: 최고, 업계 1위</source>
        <translation>Comma-separated, e.g. best, number one</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="74" />
        <source>한국어</source>
        <translation>Korean</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="75" />
        <source>영어</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="78" />
        <location filename="../../desktop/ui/profile_page.py" line="103" />
        <source>제품/서비스</source>
        <translation>Products and services</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="78" />
        <source>설명</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="89" />
        <source>회사</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="93" />
        <source>회사소개</source>
        <translation>Boilerplate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="94" />
        <source>브랜드</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="96" />
        <source>어조</source>
        <translation>Tone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="97" />
        <source>쓰지 않을 말</source>
        <translation>Words to avoid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="98" />
        <source>기본 언어</source>
        <translation>Default language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="99" />
        <source>언론 문의 담당</source>
        <translation>Media contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="107" />
        <source>제품 추가</source>
        <translation>Add product</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="107" />
        <source>선택한 제품 삭제</source>
        <translation>Remove selected product</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="109" />
        <source>확인된 사실 (모든 문서가 인용합니다)</source>
        <translation>Confirmed facts (every document cites them)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="114" />
        <source>사실 추가</source>
        <translation>Add fact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="115" />
        <source>선택한 사실 삭제</source>
        <translation>Remove selected fact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="116" />
        <source>문서에서 사실 가져오기…</source>
        <translation>Facts from a document…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="128" />
        <source>새 회사</source>
        <translation>New company</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="131" />
        <source>TOML 가져오기…</source>
        <translation>Import TOML…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="132" />
        <source>TOML 내보내기…</source>
        <translation>Export TOML…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="133" />
        <location filename="../../desktop/ui/profile_page.py" line="183" />
        <source>삭제</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="143" />
        <source>저장</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="183" />
        <source>'{0}' 회사 정보를 삭제할까요?</source>
        <translation>Delete the profile of '{0}'?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="248" />
        <source>저장했습니다.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="265" />
        <source>새 사실</source>
        <translation>New fact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="280" />
        <source>회사 정보 가져오기</source>
        <translation>Import company profile</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="296" />
        <source>가져왔습니다: {0}</source>
        <translation>Imported: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="303" />
        <source>회사 정보 내보내기</source>
        <translation>Export company profile</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="315" />
        <source>문서 ({0})</source>
        <translation>Documents ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/profile_page.py" line="316" />
        <source>사실을 가져올 문서</source>
        <translation>Document to take facts from</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="57" />
        <source>내려받기</source>
        <translation>Download</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="59" />
        <source>중지</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="63" />
        <source>비워 두면 내장 Gemma 3 270M</source>
        <translation>Empty means the built-in Gemma 3 270M</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="68" />
        <source>비워 두면 공식 주소 (예: http://127.0.0.1:8080/v1)</source>
        <translation>Empty means the official address (e.g. http://127.0.0.1:8080/v1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="73" />
        <source>유료/외부 API 사용에 동의합니다. 회사 자료가 이 PC 밖으로 전송됩니다.</source>
        <translation>I agree to use a paid/external API. Company data will leave this PC.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="78" />
        <source>시각</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="78" />
        <location filename="../../desktop/ui/settings_page.py" line="90" />
        <source>엔진</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="78" />
        <location filename="../../desktop/ui/settings_page.py" line="120" />
        <source>모델</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="78" />
        <location filename="../../desktop/ui/settings_page.py" line="96" />
        <location filename="../../desktop/ui/settings_page.py" line="119" />
        <source>주소</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="78" />
        <source>보낸 글자 수</source>
        <translation>Characters sent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="91" />
        <source>사용할 엔진</source>
        <translation>Engine to use</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="94" />
        <source>연결 확인</source>
        <translation>Check connection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="97" />
        <source>설치된 모델</source>
        <translation>Installed models</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="107" />
        <source>이 PC({0:.0f} GB)에 맞는 추천 모델</source>
        <translation>Recommended for this PC ({0:.0f} GB)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="108" />
        <source>모델 내려받기</source>
        <translation>Download a model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="111" />
        <source>내장 모델</source>
        <translation>Built-in model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="113" />
        <source>GGUF 파일 선택…</source>
        <translation>Choose GGUF file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="115" />
        <source>모델 파일</source>
        <translation>Model file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="116" />
        <source>유료 API (선택)</source>
        <translation>Paid API (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="118" />
        <source>제공자</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="121" />
        <source>키 저장</source>
        <translation>Save key</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="123" />
        <source>API 키</source>
        <translation>API key</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="125" />
        <source>개인정보 기록: 이 PC 밖으로 보낸 내용</source>
        <translation>Privacy ledger: what left this PC</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="127" />
        <source>화면 언어</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="129" />
        <source>언어 (다시 시작하면 적용)</source>
        <translation>Language (applies after a restart)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="137" />
        <source>설정 저장</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="173" />
        <source>설정을 저장했습니다.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="182" />
        <source>API 키를 운영체제 키체인에 저장했습니다.</source>
        <translation>The API key was saved in the system keychain.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="187" />
        <source>이 컴퓨터에는 사용할 수 있는 키체인이 없어, 키를 이번 실행 동안만 기억합니다. 파일에는 저장하지 않습니다.</source>
        <translation>This computer has no usable keychain, so the key is kept for this session only. It is never written to a file.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="202" />
        <source>GGUF 모델 파일</source>
        <translation>GGUF model file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="223" />
        <source>Ollama에 연결했습니다. 모델 {0}개.</source>
        <translation>Connected to Ollama: {0} models.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="249" />
        <source>{0} — {1:,.0f}/{2:,.0f} MB, {3:.1f} MB/초</source>
        <translation>{0} — {1:,.0f}/{2:,.0f} MB, {3:.1f} MB/s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="259" />
        <source>중지했습니다. 다시 내려받으면 이어서 받습니다.</source>
        <translation>Stopped. Downloading again resumes where it stopped.</translation>
    </message>
</context>
<context>
    <name>UsageLabel</name>
    <message>
        <location filename="../../desktop/ui/usage_label.py" line="43" />
        <source>입력 {0:,} 토큰 (캐시 {1:,}) · 출력 {2:,} 토큰</source>
        <translation>Input {0:,} tokens ({1:,} cached) · output {2:,} tokens</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/usage_label.py" line="48" />
        <source>문맥 {0:.0%} 사용</source>
        <translation>context {0:.0%} used</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/usage_label.py" line="52" />
        <source>예상 비용 약 ₩{0:,.0f}</source>
        <translation>estimated cost about ₩{0:,.0f}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/usage_label.py" line="54" />
        <source>예상 비용: 알 수 없는 모델</source>
        <translation>estimated cost: unknown model</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="20" />
        <source>홍보 스튜디오에 오신 것을 환영합니다</source>
        <translation>Welcome to PR Studio</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="24" />
        <source>홍보 스튜디오는 회사 정보에 적힌 사실로 보도자료, 캐치프레이즈, 위기관리 계획서, 직원 매뉴얼을 만듭니다. 글은 이 PC에서 작성되며, 유료 API는 허락한 경우에만 씁니다.</source>
        <translation>PR Studio writes press releases, catchphrases, crisis plans and staff manuals from the facts in your company profile. Text is written on this PC; a paid API is used only if you allow it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="29" />
        <source>사용할 수 있는 엔진을 확인하고 있습니다…</source>
        <translation>Checking the available engines…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="32" />
        <source>데모 회사로 둘러보기</source>
        <translation>Try the demo company</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="34" />
        <source>우리 회사 정보 만들기</source>
        <translation>Create our company profile</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="36" />
        <source>시작하기</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="62" />
        <source>설치된 모델 없음</source>
        <translation>no models installed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="63" />
        <source>✔ Ollama가 실행 중입니다. 모델: {0}</source>
        <translation>✔ Ollama is running. Models: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="65" />
        <source>• Ollama가 실행 중이 아닙니다. 없어도 괜찮습니다.</source>
        <translation>• Ollama is not running. That is fine.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="67" />
        <source>✔ 내장 모델(Gemma 3 270M)이 준비되어 있습니다. 인터넷 없이 초안을 씁니다.</source>
        <translation>✔ The built-in model (Gemma 3 270M) is ready. It writes drafts without internet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="72" />
        <source>→ 사용할 엔진: {0}</source>
        <translation>→ Engine to be used: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="73" />
        <source>내장 모델 (설정에서 바꿀 수 있습니다)</source>
        <translation>the built-in model (you can change this in Settings)</translation>
    </message>
</context>
<context>
    <name>WorkflowWizard</name>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="229" />
        <source>다음</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="230" />
        <source>이전</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="231" />
        <source>마침</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizard.py" line="232" />
        <source>닫기</source>
        <translation>Close</translation>
    </message>
</context>
</TS>