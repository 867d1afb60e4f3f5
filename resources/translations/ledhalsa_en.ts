<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>About</name>
    <message>
        <source>Ledhälsa is an exercise program for people with osteoarthritis, built on the same principles as structured programs such as GLA:D and BOA. It is not a medical product and does not replace healthcare. If you have severe or worsening symptoms, contact healthcare: in Sweden, call 1177.</source>
        <translation>Ledhälsa is an exercise program for people with osteoarthritis, built on the same principles as structured programs such as GLA:D and BOA. It is not a medical product and does not replace healthcare. If you have severe or worsening symptoms, contact healthcare: in Sweden, call 1177.</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>public domain</translation>
    </message>
</context>
<context>
    <name>AboutYouStep</name>
    <message>
        <source>Write your year of birth, for example 1952, or your age, for example 73.</source>
        <translation>Write your year of birth, for example 1952, or your age, for example 73.</translation>
    </message>
    <message>
        <source>Write only digits: your year of birth, for example 1952, or your age, for example 73.</source>
        <translation>Write only digits: your year of birth, for example 1952, or your age, for example 73.</translation>
    </message>
    <message>
        <source>Check the number: write a year from 1900 onwards, or your age in years.</source>
        <translation>Check the number: write a year from 1900 onwards, or your age in years.</translation>
    </message>
    <message>
        <source>The program is for adults. Write a year no later than %1, or an age of 18 or more.</source>
        <translation>The program is for adults. Write a year no later than %1, or an age of 18 or more.</translation>
    </message>
    <message>
        <source>Choose one of the three answers. If you would rather not say, choose “Prefer not to say”.</source>
        <translation>Choose one of the three answers. If you would rather not say, choose “Prefer not to say”.</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>About you</translation>
    </message>
    <message>
        <source>First a few questions about you and your joints. It takes about three minutes, and you can go back at any time to change an answer.</source>
        <translation>First a few questions about you and your joints. It takes about three minutes, and you can go back at any time to change an answer.</translation>
    </message>
    <message>
        <source>Your year of birth or your age</source>
        <translation>Your year of birth or your age</translation>
    </message>
    <message>
        <source>For example 1952, or 73.</source>
        <translation>For example 1952, or 73.</translation>
    </message>
    <message>
        <source>Are you a woman or a man?</source>
        <translation>Are you a woman or a man?</translation>
    </message>
    <message>
        <source>Age and sex are used only to compare your test results with other people of your age. If you prefer not to say, the comparison covers both women and men.</source>
        <translation>Age and sex are used only to compare your test results with other people of your age. If you prefer not to say, the comparison covers both women and men.</translation>
    </message>
</context>
<context>
    <name>ActivityStep</name>
    <message>
        <source>%1 of at most %2 characters</source>
        <translation>%1 of at most %2 characters</translation>
    </message>
    <message>
        <source>Choose the answer closest to how you live.</source>
        <translation>Choose the answer closest to how you live.</translation>
    </message>
    <message>
        <source>Your goal is %1 characters too long. Shorten it to at most %2 characters.</source>
        <translation>Your goal is %1 characters too long. Shorten it to at most %2 characters.</translation>
    </message>
    <message>
        <source>Activity and your goal</source>
        <translation>Activity and your goal</translation>
    </message>
    <message>
        <source>Exercise works best when it leads somewhere you want to go.</source>
        <translation>Exercise works best when it leads somewhere you want to go.</translation>
    </message>
    <message>
        <source>On how many days a week are you active for at least half an hour, for example walking, gardening or cycling?</source>
        <translation>On how many days a week are you active for at least half an hour, for example walking, gardening or cycling?</translation>
    </message>
    <message>
        <source>Your goal (optional)</source>
        <translation>Your goal (optional)</translation>
    </message>
    <message>
        <source>What would you like to manage better? For example: walk to the shop, play with the grandchildren, or garden without pain.</source>
        <translation>What would you like to manage better? For example: walk to the shop, play with the grandchildren, or garden without pain.</translation>
    </message>
</context>
<context>
    <name>AfterSessionQuestions</name>
    <message>
        <source>Choose a number from 0 to 10 for the pain during the session.</source>
        <translation>Choose a number from 0 to 10 for the pain during the session.</translation>
    </message>
    <message>
        <source>Choose how hard the session felt.</source>
        <translation>Choose how hard the session felt.</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>How did it go?</translation>
    </message>
    <message>
        <source>Three short questions. Your answers decide what happens next time, and the reason is shown.</source>
        <translation>Three short questions. Your answers decide what happens next time, and the reason is shown.</translation>
    </message>
    <message>
        <source>How much did it hurt during the session?</source>
        <translation>How much did it hurt during the session?</translation>
    </message>
    <message>
        <source>How hard did the session feel?</source>
        <translation>How hard did the session feel?</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Just right</source>
        <translation>Just right</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Hard</translation>
    </message>
    <message>
        <source>Too hard</source>
        <translation>Too hard</translation>
    </message>
    <message>
        <source>Did anything hurt? (you may leave this empty)</source>
        <translation>Did anything hurt? (you may leave this empty)</translation>
    </message>
    <message>
        <source>Did anything hurt?</source>
        <translation>Did anything hurt?</translation>
    </message>
    <message>
        <source>For example: the right knee on the step</source>
        <translation>For example: the right knee on the step</translation>
    </message>
    <message>
        <source>Save my answers</source>
        <translation>Save my answers</translation>
    </message>
</context>
<context>
    <name>AssessmentResult</name>
    <message>
        <source>Your pain right now is %1 out of 10, and during the last week it was usually %2.</source>
        <translation>Your pain right now is %1 out of 10, and during the last week it was usually %2.</translation>
    </message>
    <message>
        <source>Everyday things are hardly ever difficult for you.</source>
        <translation>Everyday things are hardly ever difficult for you.</translation>
    </message>
    <message>
        <source>Some everyday things are a little difficult for you.</source>
        <translation>Some everyday things are a little difficult for you.</translation>
    </message>
    <message>
        <source>Several everyday things are quite difficult for you.</source>
        <translation>Several everyday things are quite difficult for you.</translation>
    </message>
    <message>
        <source>Many everyday things are very difficult for you.</source>
        <translation>Many everyday things are very difficult for you.</translation>
    </message>
    <message>
        <source>Most everyday things are very hard for you right now.</source>
        <translation>Most everyday things are very hard for you right now.</translation>
    </message>
    <message>
        <source>Your function score is %1 out of 100. It is the program&apos;s own measure: 100 means that nothing is difficult.</source>
        <translation>Your function score is %1 out of 100. It is the program&apos;s own measure: 100 means that nothing is difficult.</translation>
    </message>
    <message>
        <source>women</source>
        <translation>women</translation>
    </message>
    <message>
        <source>men</source>
        <translation>men</translation>
    </message>
    <message>
        <source>women and men</source>
        <translation>women and men</translation>
    </message>
    <message>
        <source>You skipped the chair stand test. You can do it at the retest in week 6.</source>
        <translation>You skipped the chair stand test. You can do it at the retest in week 6.</translation>
    </message>
    <message>
        <source>You needed your arms to stand up, so the test counts as 0.</source>
        <translation>You needed your arms to stand up, so the test counts as 0.</translation>
    </message>
    <message>
        <source>You stood up %1 times in 30 seconds.</source>
        <translation>You stood up %1 times in 30 seconds.</translation>
    </message>
    <message>
        <source>For %1 aged %2–%3, the normal range is %4–%5 times.</source>
        <translation>For %1 aged %2–%3, the normal range is %4–%5 times.</translation>
    </message>
    <message>
        <source>Your result is %1.</source>
        <translation>Your result is %1.</translation>
    </message>
    <message>
        <source>That is common with osteoarthritis, and it is just what the exercises train.</source>
        <translation>That is common with osteoarthritis, and it is just what the exercises train.</translation>
    </message>
    <message>
        <source>The exercises help you keep it that way.</source>
        <translation>The exercises help you keep it that way.</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Well done!</translation>
    </message>
    <message>
        <source>You skipped the balance test.</source>
        <translation>You skipped the balance test.</translation>
    </message>
    <message>
        <source>You stood on one leg for %1 seconds.</source>
        <translation>You stood on one leg for %1 seconds.</translation>
    </message>
    <message>
        <source>On average, people of your age manage about %1 seconds.</source>
        <translation>On average, people of your age manage about %1 seconds.</translation>
    </message>
    <message>
        <source>Balance gets better with practice, and the exercises train it.</source>
        <translation>Balance gets better with practice, and the exercises train it.</translation>
    </message>
    <message>
        <source>everyday things are fairly difficult for you just now</source>
        <translation>everyday things are fairly difficult for you just now</translation>
    </message>
    <message>
        <source>you skipped the chair stand test</source>
        <translation>you skipped the chair stand test</translation>
    </message>
    <message>
        <source>you needed your arms to stand up</source>
        <translation>you needed your arms to stand up</translation>
    </message>
    <message>
        <source>your chair stand result is below the normal range</source>
        <translation>your chair stand result is below the normal range</translation>
    </message>
    <message>
        <source>your pain right now is above %1</source>
        <translation>your pain right now is above %1</translation>
    </message>
    <message>
        <source>You start at level %1 of the exercises, because everyday things are fairly easy for you, your chair stand result is within or above the normal range, and your pain is low right now.</source>
        <translation>You start at level %1 of the exercises, because everyday things are fairly easy for you, your chair stand result is within or above the normal range, and your pain is low right now.</translation>
    </message>
    <message>
        <source>You start at level 1, the gentlest level of each exercise. Starting gently is safe, and the program makes the exercises harder step by step as you get stronger.</source>
        <translation>You start at level 1, the gentlest level of each exercise. Starting gently is safe, and the program makes the exercises harder step by step as you get stronger.</translation>
    </message>
    <message>
        <source>Why level 1:</source>
        <translation>Why level 1:</translation>
    </message>
    <message>
        <source>• Weeks 1 and 2: two sessions a week, about 15–20 minutes each.
• From week 3: three sessions a week.
• In weeks 6 and 12 you do a short retest, to see how far you have come.
• The program makes the exercises a little harder, one thing at a time, when they feel easy and your pain allows it.</source>
        <translation>• Weeks 1 and 2: two sessions a week, about 15–20 minutes each.
• From week 3: three sessions a week.
• In weeks 6 and 12 you do a short retest, to see how far you have come.
• The program makes the exercises a little harder, one thing at a time, when they feel easy and your pain allows it.</translation>
    </message>
    <message>
        <source>That is the same as at the start.</source>
        <translation>That is the same as at the start.</translation>
    </message>
    <message>
        <source>Your usual pain during the last week was %1 at the start and is %2 now.</source>
        <translation>Your usual pain during the last week was %1 at the start and is %2 now.</translation>
    </message>
    <message>
        <source>That is %1 points less, %2 per cent lower. Good!</source>
        <translation>That is %1 points less, %2 per cent lower. Good!</translation>
    </message>
    <message>
        <source>That is %1 points more than at the start.</source>
        <translation>That is %1 points more than at the start.</translation>
    </message>
    <message>
        <source>That is %1 points less.</source>
        <translation>That is %1 points less.</translation>
    </message>
    <message>
        <source>Your function score was %1 at the start and is %2 now.</source>
        <translation>Your function score was %1 at the start and is %2 now.</translation>
    </message>
    <message>
        <source>That is %1 points better.</source>
        <translation>That is %1 points better.</translation>
    </message>
    <message>
        <source>That is %1 points lower.</source>
        <translation>That is %1 points lower.</translation>
    </message>
    <message>
        <source>The chair stand test cannot be compared this time, because it was skipped at the start or now.</source>
        <translation>The chair stand test cannot be compared this time, because it was skipped at the start or now.</translation>
    </message>
    <message>
        <source>You stood up %1 times at the start and %2 times now.</source>
        <translation>You stood up %1 times at the start and %2 times now.</translation>
    </message>
    <message>
        <source>That is %1 more: a real improvement. Well done!</source>
        <translation>That is %1 more: a real improvement. Well done!</translation>
    </message>
    <message>
        <source>A change of fewer than %1 stands can be chance, so there is no certain change yet.</source>
        <translation>A change of fewer than %1 stands can be chance, so there is no certain change yet.</translation>
    </message>
    <message>
        <source>That is %1 fewer. It may have been a tiring day; if it worries you, talk to a physiotherapist.</source>
        <translation>That is %1 fewer. It may have been a tiring day; if it worries you, talk to a physiotherapist.</translation>
    </message>
</context>
<context>
    <name>AssessmentTexts</name>
    <message>
        <source>Woman</source>
        <translation>Woman</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Prefer not to say</translation>
    </message>
    <message>
        <source>Knees</source>
        <translation>Knees</translation>
    </message>
    <message>
        <source>Hips</source>
        <translation>Hips</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Hands</translation>
    </message>
    <message>
        <source>No trouble with my knees</source>
        <translation>No trouble with my knees</translation>
    </message>
    <message>
        <source>No trouble with my hips</source>
        <translation>No trouble with my hips</translation>
    </message>
    <message>
        <source>No trouble with my hands</source>
        <translation>No trouble with my hands</translation>
    </message>
    <message>
        <source>Left knee</source>
        <translation>Left knee</translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation>Right knee</translation>
    </message>
    <message>
        <source>Both knees</source>
        <translation>Both knees</translation>
    </message>
    <message>
        <source>Left hip</source>
        <translation>Left hip</translation>
    </message>
    <message>
        <source>Right hip</source>
        <translation>Right hip</translation>
    </message>
    <message>
        <source>Both hips</source>
        <translation>Both hips</translation>
    </message>
    <message>
        <source>Left hand</source>
        <translation>Left hand</translation>
    </message>
    <message>
        <source>Right hand</source>
        <translation>Right hand</translation>
    </message>
    <message>
        <source>Both hands</source>
        <translation>Both hands</translation>
    </message>
    <message>
        <source>Is a joint hot, red and swollen right now, perhaps with a fever? Or have you had a sudden, very painful attack in a joint, like gout?</source>
        <translation>Is a joint hot, red and swollen right now, perhaps with a fever? Or have you had a sudden, very painful attack in a joint, like gout?</translation>
    </message>
    <message>
        <source>Have you hurt the joint or had a fall recently? Or has the joint quickly become much worse, or changed shape?</source>
        <translation>Have you hurt the joint or had a fall recently? Or has the joint quickly become much worse, or changed shape?</translation>
    </message>
    <message>
        <source>Are your joints stiff for more than half an hour after you get up in the morning? Or are several joints swollen?</source>
        <translation>Are your joints stiff for more than half an hour after you get up in the morning? Or are several joints swollen?</translation>
    </message>
    <message>
        <source>Have you lost weight without trying? Do you have pain at night that does not ease when you move? Or have you had cancer and now have a new pain in a bone?</source>
        <translation>Have you lost weight without trying? Do you have pain at night that does not ease when you move? Or have you had cancer and now have a new pain in a bone?</translation>
    </message>
    <message>
        <source>Do you get chest pain, become very short of breath, or feel dizzy or faint when you exert yourself?</source>
        <translation>Do you get chest pain, become very short of breath, or feel dizzy or faint when you exert yourself?</translation>
    </message>
    <message>
        <source>Have you had an operation or an injection in a joint in the last three months? Or has a surgeon told you to limit what you do?</source>
        <translation>Have you had an operation or an injection in a joint in the last three months? Or has a surgeon told you to limit what you do?</translation>
    </message>
    <message>
        <source>a hot, red or swollen joint, or a sudden painful attack</source>
        <translation>a hot, red or swollen joint, or a sudden painful attack</translation>
    </message>
    <message>
        <source>a recent injury or fall, or a joint that quickly got worse</source>
        <translation>a recent injury or fall, or a joint that quickly got worse</translation>
    </message>
    <message>
        <source>long morning stiffness, or several swollen joints</source>
        <translation>long morning stiffness, or several swollen joints</translation>
    </message>
    <message>
        <source>weight loss, pain at night, or new bone pain after cancer</source>
        <translation>weight loss, pain at night, or new bone pain after cancer</translation>
    </message>
    <message>
        <source>chest pain, breathlessness, dizziness or fainting when you exert yourself</source>
        <translation>chest pain, breathlessness, dizziness or fainting when you exert yourself</translation>
    </message>
    <message>
        <source>a recent operation or joint injection, or a surgeon&apos;s limits</source>
        <translation>a recent operation or joint injection, or a surgeon&apos;s limits</translation>
    </message>
    <message>
        <source>Call 112 now if you have these symptoms</source>
        <translation>Call 112 now if you have these symptoms</translation>
    </message>
    <message>
        <source>Contact healthcare today</source>
        <translation>Contact healthcare today</translation>
    </message>
    <message>
        <source>Talk to healthcare before you start</source>
        <translation>Talk to healthcare before you start</translation>
    </message>
    <message>
        <source>Chest pain, shortness of breath, dizziness or fainting when you exert yourself can be a sign of heart trouble. If you have chest pain or feel faint right now, call 112 now. If it has passed, call 1177 today for advice. Do not start the exercises until a doctor has checked you.</source>
        <translation>Chest pain, shortness of breath, dizziness or fainting when you exert yourself can be a sign of heart trouble. If you have chest pain or feel faint right now, call 112 now. If it has passed, call 1177 today for advice. Do not start the exercises until a doctor has checked you.</translation>
    </message>
    <message>
        <source>A hot, red and swollen joint can be an infection or a gout attack, and it needs treatment soon. Call 1177 or your health centre today. Wait with the exercises until you have been checked.</source>
        <translation>A hot, red and swollen joint can be an infection or a gout attack, and it needs treatment soon. Call 1177 or your health centre today. Wait with the exercises until you have been checked.</translation>
    </message>
    <message>
        <source>What you describe should be looked at by a doctor or a physiotherapist before you start exercising on your own. Book a visit at your health centre, or call 1177 for advice.</source>
        <translation>What you describe should be looked at by a doctor or a physiotherapist before you start exercising on your own. Book a visit at your health centre, or call 1177 for advice.</translation>
    </message>
    <message>
        <source>Walking up or down stairs</source>
        <translation>Walking up or down stairs</translation>
    </message>
    <message>
        <source>Getting up from a chair</source>
        <translation>Getting up from a chair</translation>
    </message>
    <message>
        <source>Walking for 15 minutes</source>
        <translation>Walking for 15 minutes</translation>
    </message>
    <message>
        <source>Squatting or kneeling, for example to pick something up from the floor</source>
        <translation>Squatting or kneeling, for example to pick something up from the floor</translation>
    </message>
    <message>
        <source>Putting on socks and shoes</source>
        <translation>Putting on socks and shoes</translation>
    </message>
    <message>
        <source>Getting in and out of a car</source>
        <translation>Getting in and out of a car</translation>
    </message>
    <message>
        <source>Opening a jar or a bottle</source>
        <translation>Opening a jar or a bottle</translation>
    </message>
    <message>
        <source>Doing up buttons</source>
        <translation>Doing up buttons</translation>
    </message>
    <message>
        <source>Carrying a full shopping bag</source>
        <translation>Carrying a full shopping bag</translation>
    </message>
    <message>
        <source>Writing by hand or cutting with a knife</source>
        <translation>Writing by hand or cutting with a knife</translation>
    </message>
    <message>
        <source>Not difficult</source>
        <translation>Not difficult</translation>
    </message>
    <message>
        <source>A little difficult</source>
        <translation>A little difficult</translation>
    </message>
    <message>
        <source>Quite difficult</source>
        <translation>Quite difficult</translation>
    </message>
    <message>
        <source>Very difficult</source>
        <translation>Very difficult</translation>
    </message>
    <message>
        <source>I cannot do it</source>
        <translation>I cannot do it</translation>
    </message>
    <message>
        <source>Rarely or never</source>
        <translation>Rarely or never</translation>
    </message>
    <message>
        <source>1–2 days a week</source>
        <translation>1–2 days a week</translation>
    </message>
    <message>
        <source>3–5 days a week</source>
        <translation>3–5 days a week</translation>
    </message>
    <message>
        <source>Almost every day</source>
        <translation>Almost every day</translation>
    </message>
    <message>
        <source>below the normal range</source>
        <translation>below the normal range</translation>
    </message>
    <message>
        <source>within the normal range</source>
        <translation>within the normal range</translation>
    </message>
    <message>
        <source>above the normal range</source>
        <translation>above the normal range</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>Stop the assessment?</source>
        <translation>Stop the assessment?</translation>
    </message>
    <message>
        <source>Your answers will not be kept. You can start the assessment again at any time.</source>
        <translation>Your answers will not be kept. You can start the assessment again at any time.</translation>
    </message>
    <message>
        <source>Stop the assessment</source>
        <translation>Stop the assessment</translation>
    </message>
    <message>
        <source>Go on with the assessment</source>
        <translation>Go on with the assessment</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Create my program</source>
        <translation>Create my program</translation>
    </message>
    <message>
        <source>Save the result</source>
        <translation>Save the result</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Retest in week %1: the same questions and test as at the start, so that you can see how far you have come.</source>
        <translation>Retest in week %1: the same questions and test as at the start, so that you can see how far you have come.</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <source>A copy of your data is saved automatically when you start the program, and the older copies are thinned out over time. You can put an earlier copy back.</source>
        <translation>A copy of your data is saved automatically when you start the program, and the older copies are thinned out over time. You can put an earlier copy back.</translation>
    </message>
    <message>
        <source>Make a backup now</source>
        <translation>Make a backup now</translation>
    </message>
    <message>
        <source>made automatically</source>
        <translation>made automatically</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>made by you</translation>
    </message>
    <message>
        <source>made before an update</source>
        <translation>made before an update</translation>
    </message>
    <message>
        <source>made before a restore</source>
        <translation>made before a restore</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>There are no backups yet.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Restore the copy from %1</source>
        <translation>Restore the copy from %1</translation>
    </message>
    <message>
        <source>The backup could not be made: %1</source>
        <translation>The backup could not be made: %1</translation>
    </message>
    <message>
        <source>Backup made: %1.</source>
        <translation>Backup made: %1.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Put back the copy from %1?</source>
        <translation>Put back the copy from %1?</translation>
    </message>
    <message>
        <source>What you have entered since then will be replaced. A copy of your data as it is now is saved first, so you can change your mind later.</source>
        <translation>What you have entered since then will be replaced. A copy of your data as it is now is saved first, so you can change your mind later.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Your data from %1 is back.</source>
        <translation>Your data from %1 is back.</translation>
    </message>
</context>
<context>
    <name>BalanceStep</name>
    <message>
        <source>Lift one foot now.</source>
        <translation>Lift one foot now.</translation>
    </message>
    <message>
        <source>30 seconds. Put your foot down.</source>
        <translation>30 seconds. Put your foot down.</translation>
    </message>
    <message>
        <source>Get ready: stand next to the chair</source>
        <translation>Get ready: stand next to the chair</translation>
    </message>
    <message>
        <source>Lift your foot when the count reaches zero</source>
        <translation>Lift your foot when the count reaches zero</translation>
    </message>
    <message>
        <source>Stand on one leg</source>
        <translation>Stand on one leg</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>The clock is still running. Press Stop when you put your foot down.</source>
        <translation>The clock is still running. Press Stop when you put your foot down.</translation>
    </message>
    <message>
        <source>Test: stand on one leg (optional)</source>
        <translation>Test: stand on one leg (optional)</translation>
    </message>
    <message>
        <source>This test shows how good your balance is. You can skip it if you feel unsteady, or if you would rather not.</source>
        <translation>This test shows how good your balance is. You can skip it if you feel unsteady, or if you would rather not.</translation>
    </message>
    <message>
        <source>How to do the test</source>
        <translation>How to do the test</translation>
    </message>
    <message>
        <source>1. Stand next to a sturdy chair or a kitchen counter, close enough to hold on at once.
2. Keep a hand just above the back of the chair, without touching it.
3. When the count reaches zero, lift one foot a little off the floor.
4. Press Stop, or the Space bar, when you put the foot down or hold on. The clock stops by itself at 30 seconds.</source>
        <translation>1. Stand next to a sturdy chair or a kitchen counter, close enough to hold on at once.
2. Keep a hand just above the back of the chair, without touching it.
3. When the count reaches zero, lift one foot a little off the floor.
4. Press Stop, or the Space bar, when you put the foot down or hold on. The clock stops by itself at 30 seconds.</translation>
    </message>
    <message>
        <source>A person stands on one leg next to a chair</source>
        <translation>A person stands on one leg next to a chair</translation>
    </message>
    <message>
        <source>Shows how to do the balance test</source>
        <translation>Shows how to do the balance test</translation>
    </message>
    <message>
        <source>Hold on to the chair at once if you start to lose your balance.</source>
        <translation>Hold on to the chair at once if you start to lose your balance.</translation>
    </message>
    <message>
        <source>Start the clock</source>
        <translation>Start the clock</translation>
    </message>
    <message>
        <source>A count of 3, 2, 1, then at most 30 seconds</source>
        <translation>A count of 3, 2, 1, then at most 30 seconds</translation>
    </message>
    <message>
        <source>Type in the seconds</source>
        <translation>Type in the seconds</translation>
    </message>
    <message>
        <source>Skip this test</source>
        <translation>Skip this test</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Space bar</source>
        <translation>Space bar</translation>
    </message>
    <message>
        <source>You can also press the Space bar.</source>
        <translation>You can also press the Space bar.</translation>
    </message>
    <message>
        <source>Your result</source>
        <translation>Your result</translation>
    </message>
    <message>
        <source>How many seconds did you stand on one leg?</source>
        <translation>How many seconds did you stand on one leg?</translation>
    </message>
    <message>
        <source>Seconds on one leg</source>
        <translation>Seconds on one leg</translation>
    </message>
    <message>
        <source>One second less</source>
        <translation>One second less</translation>
    </message>
    <message>
        <source>One second more</source>
        <translation>One second more</translation>
    </message>
    <message>
        <source>Do the test again</source>
        <translation>Do the test again</translation>
    </message>
    <message>
        <source>You skipped the balance test. That is fine.</source>
        <translation>You skipped the balance test. That is fine.</translation>
    </message>
    <message>
        <source>Do the test after all</source>
        <translation>Do the test after all</translation>
    </message>
</context>
<context>
    <name>ChairStandStep</name>
    <message>
        <source>Start! Stand up and sit down.</source>
        <translation>Start! Stand up and sit down.</translation>
    </message>
    <message>
        <source>Stop. Sit down and rest.</source>
        <translation>Stop. Sit down and rest.</translation>
    </message>
    <message>
        <source>Get ready: sit down with your arms crossed</source>
        <translation>Get ready: sit down with your arms crossed</translation>
    </message>
    <message>
        <source>The test starts soon</source>
        <translation>The test starts soon</translation>
    </message>
    <message>
        <source>Stand up and sit down</source>
        <translation>Stand up and sit down</translation>
    </message>
    <message>
        <source>seconds left</source>
        <translation>seconds left</translation>
    </message>
    <message>
        <source>Stands: %1</source>
        <translation>Stands: %1</translation>
    </message>
    <message>
        <source>Start the test, type in a result you already have, or choose “Skip this test”.</source>
        <translation>Start the test, type in a result you already have, or choose “Skip this test”.</translation>
    </message>
    <message>
        <source>The test is still running. Wait until the time is up, or stop the test.</source>
        <translation>The test is still running. Wait until the time is up, or stop the test.</translation>
    </message>
    <message>
        <source>Test: stand up from a chair</source>
        <translation>Test: stand up from a chair</translation>
    </message>
    <message>
        <source>This test, the chair stand test, shows how strong your legs are today. You count how many times you can stand up and sit down in 30 seconds. It is fine if it is only a few times.</source>
        <translation>This test, the chair stand test, shows how strong your legs are today. You count how many times you can stand up and sit down in 30 seconds. It is fine if it is only a few times.</translation>
    </message>
    <message>
        <source>How to do the test</source>
        <translation>How to do the test</translation>
    </message>
    <message>
        <source>1. Put a sturdy chair without wheels against a wall, so that it cannot slide.
2. Sit in the middle of the seat with your feet flat on the floor.
3. Cross your arms over your chest.
4. When the test starts, stand up straight and sit down again, as many times as you safely can in 30 seconds.
5. Count aloud. Someone with you can press the big button each time you stand up, or you type in the number afterwards.</source>
        <translation>1. Put a sturdy chair without wheels against a wall, so that it cannot slide.
2. Sit in the middle of the seat with your feet flat on the floor.
3. Cross your arms over your chest.
4. When the test starts, stand up straight and sit down again, as many times as you safely can in 30 seconds.
5. Count aloud. Someone with you can press the big button each time you stand up, or you type in the number afterwards.</translation>
    </message>
    <message>
        <source>A person stands up from a chair and sits down, arms crossed</source>
        <translation>A person stands up from a chair and sits down, arms crossed</translation>
    </message>
    <message>
        <source>Shows how to do the chair stand test</source>
        <translation>Shows how to do the chair stand test</translation>
    </message>
    <message>
        <source>Stop at once if you get chest pain, feel dizzy or get a sharp pain. If you need your arms to get up, stop the test and tick “I needed my arms”.</source>
        <translation>Stop at once if you get chest pain, feel dizzy or get a sharp pain. If you need your arms to get up, stop the test and tick “I needed my arms”.</translation>
    </message>
    <message>
        <source>You stopped the test. Start it again when you are ready.</source>
        <translation>You stopped the test. Start it again when you are ready.</translation>
    </message>
    <message>
        <source>Start the test</source>
        <translation>Start the test</translation>
    </message>
    <message>
        <source>A count of 3, 2, 1, then 30 seconds</source>
        <translation>A count of 3, 2, 1, then 30 seconds</translation>
    </message>
    <message>
        <source>Type in a result</source>
        <translation>Type in a result</translation>
    </message>
    <message>
        <source>Skip this test</source>
        <translation>Skip this test</translation>
    </message>
    <message>
        <source>I stood up (+1)</source>
        <translation>I stood up (+1)</translation>
    </message>
    <message>
        <source>Space bar</source>
        <translation>Space bar</translation>
    </message>
    <message>
        <source>You can also press the Space bar each time.</source>
        <translation>You can also press the Space bar each time.</translation>
    </message>
    <message>
        <source>Stop the test</source>
        <translation>Stop the test</translation>
    </message>
    <message>
        <source>Your result</source>
        <translation>Your result</translation>
    </message>
    <message>
        <source>How many times did you stand up in 30 seconds?</source>
        <translation>How many times did you stand up in 30 seconds?</translation>
    </message>
    <message>
        <source>Number of times you stood up</source>
        <translation>Number of times you stood up</translation>
    </message>
    <message>
        <source>One fewer</source>
        <translation>One fewer</translation>
    </message>
    <message>
        <source>One more</source>
        <translation>One more</translation>
    </message>
    <message>
        <source>I needed my arms to stand up</source>
        <translation>I needed my arms to stand up</translation>
    </message>
    <message>
        <source>Then the test counts as 0. That is all right: the program starts at a level that suits you.</source>
        <translation>Then the test counts as 0. That is all right: the program starts at a level that suits you.</translation>
    </message>
    <message>
        <source>Do the test again</source>
        <translation>Do the test again</translation>
    </message>
    <message>
        <source>You skipped the test. That is fine: the program then starts at the gentlest level.</source>
        <translation>You skipped the test. That is fine: the program then starts at the gentlest level.</translation>
    </message>
    <message>
        <source>Do the test after all</source>
        <translation>Do the test after all</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>There is no Ledhälsa data in %1.</source>
        <translation>There is no Ledhälsa data in %1.</translation>
    </message>
    <message>
        <source>Your data file could not be read: it is damaged. Nothing has been changed. Start Ledhälsa as usual to deal with it.</source>
        <translation>Your data file could not be read: it is damaged. Nothing has been changed. Start Ledhälsa as usual to deal with it.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
</context>
<context>
    <name>DeletedRow</name>
    <message>
        <source>The entry from %1 is deleted.</source>
        <translation>The entry from %1 is deleted.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Undo: bring back the entry from %1</source>
        <translation>Undo: bring back the entry from %1</translation>
    </message>
</context>
<context>
    <name>DiaryDetails</name>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 of %2 characters</translation>
    </message>
    <message>
        <source>How stiff are you? (if you want to answer)</source>
        <translation>How stiff are you? (if you want to answer)</translation>
    </message>
    <message>
        <source>Did the pain disturb your sleep last night?</source>
        <translation>Did the pain disturb your sleep last night?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Have you taken anything for the pain?</source>
        <translation>Have you taken anything for the pain?</translation>
    </message>
    <message>
        <source>What did you take?</source>
        <translation>What did you take?</translation>
    </message>
    <message>
        <source>I have a flare</source>
        <translation>I have a flare</translation>
    </message>
    <message>
        <source>A flare is a period when the joint hurts more than usual, often with swelling. While it lasts, your program is made lighter.</source>
        <translation>A flare is a period when the joint hurts more than usual, often with swelling. While it lasts, your program is made lighter.</translation>
    </message>
    <message>
        <source>A flare is a period when the joint hurts more than usual, often with swelling.</source>
        <translation>A flare is a period when the joint hurts more than usual, often with swelling.</translation>
    </message>
    <message>
        <source>Note (if you want)</source>
        <translation>Note (if you want)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>DiaryEntryForm</name>
    <message>
        <source>Write the date like this: %1. Or use the buttons.</source>
        <translation>Write the date like this: %1. Or use the buttons.</translation>
    </message>
    <message>
        <source>Write the time in hours and minutes, for example 08:30.</source>
        <translation>Write the time in hours and minutes, for example 08:30.</translation>
    </message>
    <message>
        <source>Your changes were not saved. The entry is as it was.</source>
        <translation>Your changes were not saved. The entry is as it was.</translation>
    </message>
    <message>
        <source>What you started to write last time is still here. Save it when you are done.</source>
        <translation>What you started to write last time is still here. Save it when you are done.</translation>
    </message>
    <message>
        <source>What you had started to write before is back here.</source>
        <translation>What you had started to write before is back here.</translation>
    </message>
    <message>
        <source>Saved. Your program is lighter until the flare is over.</source>
        <translation>Saved. Your program is lighter until the flare is over.</translation>
    </message>
    <message>
        <source>Your changes are back in the form.</source>
        <translation>Your changes are back in the form.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Change the entry from %1</source>
        <translation>Change the entry from %1</translation>
    </message>
    <message>
        <source>Save the change</source>
        <translation>Save the change</translation>
    </message>
    <message>
        <source>How much pain do you have today?</source>
        <translation>How much pain do you have today?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>− Day before</source>
        <translation>− Day before</translation>
    </message>
    <message>
        <source>The day before</source>
        <translation>The day before</translation>
    </message>
    <message>
        <source>Day after +</source>
        <translation>Day after +</translation>
    </message>
    <message>
        <source>The day after</source>
        <translation>The day after</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>for example 08:30</source>
        <translation>for example 08:30</translation>
    </message>
    <message>
        <source>Which joint do you want to write about? Choose one or more.</source>
        <translation>Which joint do you want to write about? Choose one or more.</translation>
    </message>
    <message>
        <source>Undo: bring back the changes</source>
        <translation>Undo: bring back the changes</translation>
    </message>
    <message>
        <source>Cancel the change</source>
        <translation>Cancel the change</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>DiaryList</name>
    <message>
        <source>Your entries</source>
        <translation>Your entries</translation>
    </message>
    <message>
        <source>You have not written anything yet. What you save is shown here, newest first.</source>
        <translation>You have not written anything yet. What you save is shown here, newest first.</translation>
    </message>
    <message>
        <source>Show older entries</source>
        <translation>Show older entries</translation>
    </message>
</context>
<context>
    <name>DiaryTexts</name>
    <message>
        <source>Knee</source>
        <translation>Knee</translation>
    </message>
    <message>
        <source>Hip</source>
        <translation>Hip</translation>
    </message>
    <message>
        <source>Hand</source>
        <translation>Hand</translation>
    </message>
    <message>
        <source>your knee</source>
        <translation>your knee</translation>
    </message>
    <message>
        <source>your hip</source>
        <translation>your hip</translation>
    </message>
    <message>
        <source>your hand</source>
        <translation>your hand</translation>
    </message>
    <message>
        <source>How much does your knee hurt?</source>
        <translation>How much does your knee hurt?</translation>
    </message>
    <message>
        <source>How much does your hip hurt?</source>
        <translation>How much does your hip hurt?</translation>
    </message>
    <message>
        <source>How much does your hand hurt?</source>
        <translation>How much does your hand hurt?</translation>
    </message>
    <message>
        <source>Choose how much your knee hurts, from 0 to 10.</source>
        <translation>Choose how much your knee hurts, from 0 to 10.</translation>
    </message>
    <message>
        <source>Choose how much your hip hurts, from 0 to 10.</source>
        <translation>Choose how much your hip hurts, from 0 to 10.</translation>
    </message>
    <message>
        <source>Choose how much your hand hurts, from 0 to 10.</source>
        <translation>Choose how much your hand hurts, from 0 to 10.</translation>
    </message>
    <message>
        <source>Not stiff</source>
        <translation>Not stiff</translation>
    </message>
    <message>
        <source>A little stiff</source>
        <translation>A little stiff</translation>
    </message>
    <message>
        <source>Quite stiff</source>
        <translation>Quite stiff</translation>
    </message>
    <message>
        <source>Very stiff</source>
        <translation>Very stiff</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Paracetamol</source>
        <translation>Paracetamol</translation>
    </message>
    <message>
        <source>Anti-inflammatory</source>
        <translation>Anti-inflammatory</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Something else</translation>
    </message>
    <message>
        <source>Paracetamol is for example Alvedon. Anti-inflammatory is for example Ipren or Voltaren.</source>
        <translation>Paracetamol is for example Alvedon. Anti-inflammatory is for example Ipren or Voltaren.</translation>
    </message>
    <message>
        <source>Took paracetamol.</source>
        <translation>Took paracetamol.</translation>
    </message>
    <message>
        <source>Took an anti-inflammatory.</source>
        <translation>Took an anti-inflammatory.</translation>
    </message>
    <message>
        <source>Took: %1.</source>
        <translation>Took: %1.</translation>
    </message>
    <message>
        <source>Took something else for the pain.</source>
        <translation>Took something else for the pain.</translation>
    </message>
    <message>
        <source>That day has not come yet. Choose today or an earlier day.</source>
        <translation>That day has not come yet. Choose today or an earlier day.</translation>
    </message>
    <message>
        <source>Choose a day in the year 2000 or later.</source>
        <translation>Choose a day in the year 2000 or later.</translation>
    </message>
    <message>
        <source>Choose at least one joint and how much it hurts.</source>
        <translation>Choose at least one joint and how much it hurts.</translation>
    </message>
    <message>
        <source>Choose the pain from 0 to 10.</source>
        <translation>Choose the pain from 0 to 10.</translation>
    </message>
    <message>
        <source>Write at most %1 characters about the medicine.</source>
        <translation>Write at most %1 characters about the medicine.</translation>
    </message>
    <message>
        <source>Choose “Something else” to write what you took.</source>
        <translation>Choose “Something else” to write what you took.</translation>
    </message>
    <message>
        <source>The note can be at most %1 characters. It is %2 now: shorten it a little.</source>
        <translation>The note can be at most %1 characters. It is %2 now: shorten it a little.</translation>
    </message>
    <message>
        <source>today, %1</source>
        <translation>today, %1</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message>
        <source>yesterday, %1</source>
        <translation>yesterday, %1</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation>Yesterday, %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>Pain: %1</source>
        <translation>Pain: %1</translation>
    </message>
    <message>
        <source>A flare.</source>
        <translation>A flare.</translation>
    </message>
    <message>
        <source>The pain disturbed my sleep.</source>
        <translation>The pain disturbed my sleep.</translation>
    </message>
    <message>
        <source>The pain did not disturb my sleep.</source>
        <translation>The pain did not disturb my sleep.</translation>
    </message>
    <message>
        <source>Week %1, %2</source>
        <translation>Week %1, %2</translation>
    </message>
    <message>
        <source>4 weeks</source>
        <translation>4 weeks</translation>
    </message>
    <message>
        <source>12 weeks</source>
        <translation>12 weeks</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Show the last 4 weeks</source>
        <translation>Show the last 4 weeks</translation>
    </message>
    <message>
        <source>Show the last 12 weeks</source>
        <translation>Show the last 12 weeks</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Show everything</translation>
    </message>
    <message>
        <source>over the last 4 weeks</source>
        <translation>over the last 4 weeks</translation>
    </message>
    <message>
        <source>over the last 12 weeks</source>
        <translation>over the last 12 weeks</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>You have no diary entries %1.</source>
        <translation>You have no diary entries %1.</translation>
    </message>
    <message>
        <source>The pain in %1 has averaged %2 %3.</source>
        <translation>The pain in %1 has averaged %2 %3.</translation>
    </message>
    <message>
        <source>The pain in %1 has stayed at an average of %2 %3.</source>
        <translation>The pain in %1 has stayed at an average of %2 %3.</translation>
    </message>
    <message>
        <source>The pain in %1 has gone from an average of %2 to %3 %4.</source>
        <translation>The pain in %1 has gone from an average of %2 to %3 %4.</translation>
    </message>
    <message>
        <source>Each point is a day (the average, if you wrote more than once).</source>
        <translation>Each point is a day (the average, if you wrote more than once).</translation>
    </message>
    <message>
        <source>Each point is the average of a week.</source>
        <translation>Each point is the average of a week.</translation>
    </message>
    <message>
        <source>Each point is the average of a month.</source>
        <translation>Each point is the average of a month.</translation>
    </message>
</context>
<context>
    <name>DiaryView</name>
    <message>
        <source>The entry is back.</source>
        <translation>The entry is back.</translation>
    </message>
    <message>
        <source>Pain diary</source>
        <translation>Pain diary</translation>
    </message>
    <message>
        <source>Write down how your joints feel, as often as you like. Then you and your physiotherapist can see how it goes over time. Everything stays on this computer.</source>
        <translation>Write down how your joints feel, as often as you like. Then you and your physiotherapist can see how it goes over time. Everything stays on this computer.</translation>
    </message>
    <message>
        <source>Your pain over time</source>
        <translation>Your pain over time</translation>
    </message>
    <message>
        <source>How much time the chart shows</source>
        <translation>How much time the chart shows</translation>
    </message>
    <message>
        <source>Pain chart</source>
        <translation>Pain chart</translation>
    </message>
</context>
<context>
    <name>EntryRow</name>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Change the entry from %1</source>
        <translation>Change the entry from %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the entry from %1</source>
        <translation>Delete the entry from %1</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Ledhälsa ran into an unexpected problem. What you had saved is safe. You can go on, or close the program and start it again.</source>
        <translation>Ledhälsa ran into an unexpected problem. What you had saved is safe. You can go on, or close the program and start it again.</translation>
    </message>
    <message>
        <source>The details are written in the log file:
%1</source>
        <translation>The details are written in the log file:
%1</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The details are copied. You can paste them into an e-mail.</source>
        <translation>The details are copied. You can paste them into an e-mail.</translation>
    </message>
</context>
<context>
    <name>ExerciseTexts</name>
    <message>
        <source>Knee</source>
        <translation>Knee</translation>
    </message>
    <message>
        <source>Hip</source>
        <translation>Hip</translation>
    </message>
    <message>
        <source>Hand</source>
        <translation>Hand</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Warm-up</translation>
    </message>
    <message>
        <source>Core stability and posture</source>
        <translation>Core stability and posture</translation>
    </message>
    <message>
        <source>Alignment: knee over foot</source>
        <translation>Alignment: knee over foot</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>Everyday movements and balance</source>
        <translation>Everyday movements and balance</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobility</translation>
    </message>
    <message>
        <source>Grip strength</source>
        <translation>Grip strength</translation>
    </message>
    <message>
        <source>Thumb</source>
        <translation>Thumb</translation>
    </message>
    <message>
        <source>Fine finger control</source>
        <translation>Fine finger control</translation>
    </message>
    <message>
        <source>No equipment</source>
        <translation>No equipment</translation>
    </message>
    <message>
        <source>a sturdy chair</source>
        <translation>a sturdy chair</translation>
    </message>
    <message>
        <source>a wall</source>
        <translation>a wall</translation>
    </message>
    <message>
        <source>a low step or the bottom stair</source>
        <translation>a low step or the bottom stair</translation>
    </message>
    <message>
        <source>a mat or a rug</source>
        <translation>a mat or a rug</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>a table</translation>
    </message>
    <message>
        <source>a towel</source>
        <translation>a towel</translation>
    </message>
    <message>
        <source>a soft ball</source>
        <translation>a soft ball</translation>
    </message>
    <message>
        <source>You need: %1</source>
        <translation>You need: %1</translation>
    </message>
    <message>
        <source>%1 sets of %2 holds, %3 seconds each</source>
        <translation>%1 sets of %2 holds, %3 seconds each</translation>
    </message>
    <message>
        <source>%1 sets of %2 repetitions</source>
        <translation>%1 sets of %2 repetitions</translation>
    </message>
    <message>
        <source>One side at a time: first the right, then the left.</source>
        <translation>One side at a time: first the right, then the left.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
</context>
<context>
    <name>FunctionStep</name>
    <message>
        <source>Choose how difficult this is for you.</source>
        <translation>Choose how difficult this is for you.</translation>
    </message>
    <message>
        <source>Everyday activities</source>
        <translation>Everyday activities</translation>
    </message>
    <message>
        <source>How difficult has it been during the last week to do these things, because of your joints?</source>
        <translation>How difficult has it been during the last week to do these things, because of your joints?</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Lower</translation>
    </message>
    <message>
        <source>Bend</source>
        <translation>Bend</translation>
    </message>
    <message>
        <source>Straighten</source>
        <translation>Straighten</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Squeeze</source>
        <translation>Squeeze</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Let go</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spread</translation>
    </message>
    <message>
        <source>Touch</source>
        <translation>Touch</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Rest</translation>
    </message>
    <message>
        <source>Change sides</source>
        <translation>Change sides</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Well done!</translation>
    </message>
    <message>
        <source>Well done! The session is over.</source>
        <translation>Well done! The session is over.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Good morning, %1!</source>
        <translation>Good morning, %1!</translation>
    </message>
    <message>
        <source>Good morning!</source>
        <translation>Good morning!</translation>
    </message>
    <message>
        <source>Good evening, %1!</source>
        <translation>Good evening, %1!</translation>
    </message>
    <message>
        <source>Good evening!</source>
        <translation>Good evening!</translation>
    </message>
    <message>
        <source>Hello, %1!</source>
        <translation>Hello, %1!</translation>
    </message>
    <message>
        <source>Hello!</source>
        <translation>Hello!</translation>
    </message>
    <message>
        <source>Ledhälsa helps you exercise at home when you have osteoarthritis in a knee, a hip or a hand. Regular, well-dosed exercise eases pain and makes everyday life easier.</source>
        <translation>Ledhälsa helps you exercise at home when you have osteoarthritis in a knee, a hip or a hand. Regular, well-dosed exercise eases pain and makes everyday life easier.</translation>
    </message>
    <message>
        <source>Start here</source>
        <translation>Start here</translation>
    </message>
    <message>
        <source>Answer a few questions and do a short chair test, about three minutes in all. Then you get your own 12-week exercise program that starts gently and grows with you. You can also try a short session first, or look at all the exercises.</source>
        <translation>Answer a few questions and do a short chair test, about three minutes in all. Then you get your own 12-week exercise program that starts gently and grows with you. You can also try a short session first, or look at all the exercises.</translation>
    </message>
    <message>
        <source>Start the assessment</source>
        <translation>Start the assessment</translation>
    </message>
    <message>
        <source>How much does it hurt today?</source>
        <translation>How much does it hurt today?</translation>
    </message>
    <message>
        <source>Write in the pain diary</source>
        <translation>Write in the pain diary</translation>
    </message>
    <message>
        <source>Try a short session</source>
        <translation>Try a short session</translation>
    </message>
    <message>
        <source>Look at the exercises</source>
        <translation>Look at the exercises</translation>
    </message>
    <message>
        <source>Easy to read</source>
        <translation>Easy to read</translation>
    </message>
    <message>
        <source>Choose a text size and colours that suit your eyes. You can change them at any time.</source>
        <translation>Choose a text size and colours that suit your eyes. You can change them at any time.</translation>
    </message>
    <message>
        <source>Choose text size and colours</source>
        <translation>Choose text size and colours</translation>
    </message>
    <message>
        <source>Exercise safely</source>
        <translation>Exercise safely</translation>
    </message>
    <message>
        <source>Some pain while exercising is normal and harmless, as long as it settles by the next day. If you have severe or worsening symptoms, contact your health centre or call 1177.</source>
        <translation>Some pain while exercising is normal and harmless, as long as it settles by the next day. If you have severe or worsening symptoms, contact your health centre or call 1177.</translation>
    </message>
    <message>
        <source>Your data stays on this computer</source>
        <translation>Your data stays on this computer</translation>
    </message>
    <message>
        <source>Ledhälsa works without the internet and without an account. Everything you enter is saved on this computer only, and a backup copy is made automatically.</source>
        <translation>Ledhälsa works without the internet and without an account. Everything you enter is saved on this computer only, and a backup copy is made automatically.</translation>
    </message>
    <message>
        <source>Latest backup: %1.</source>
        <translation>Latest backup: %1.</translation>
    </message>
    <message>
        <source>No backup has been made yet. The first one is made automatically.</source>
        <translation>No backup has been made yet. The first one is made automatically.</translation>
    </message>
</context>
<context>
    <name>JointsStep</name>
    <message>
        <source>Choose at least one joint that bothers you: a knee, a hip or a hand.</source>
        <translation>Choose at least one joint that bothers you: a knee, a hip or a hand.</translation>
    </message>
    <message>
        <source>Choose the joint that bothers you most. The program starts with that one.</source>
        <translation>Choose the joint that bothers you most. The program starts with that one.</translation>
    </message>
    <message>
        <source>Your joints</source>
        <translation>Your joints</translation>
    </message>
    <message>
        <source>Which joints bother you? Choose for each of them.</source>
        <translation>Which joints bother you? Choose for each of them.</translation>
    </message>
    <message>
        <source>Which joint bothers you most?</source>
        <translation>Which joint bothers you most?</translation>
    </message>
</context>
<context>
    <name>LessonReader</name>
    <message>
        <source>← Back to the lessons</source>
        <translation>← Back to the lessons</translation>
    </message>
    <message>
        <source>Back to the lessons</source>
        <translation>Back to the lessons</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Stop reading</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Reads the lesson aloud with the computer&apos;s voice</source>
        <translation>Reads the lesson aloud with the computer&apos;s voice</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>Mark as unread</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Mark as read</translation>
    </message>
    <message>
        <source>Lesson: %1</source>
        <translation>Lesson: %1</translation>
    </message>
    <message>
        <source>The text of the lesson. Links open other lessons.</source>
        <translation>The text of the lesson. Links open other lessons.</translation>
    </message>
    <message>
        <source>✓ Read. You can mark it as unread if you want it suggested again.</source>
        <translation>✓ Read. You can mark it as unread if you want it suggested again.</translation>
    </message>
    <message>
        <source>When you have read the lesson, mark it as read. Home then suggests the next one.</source>
        <translation>When you have read the lesson, mark it as read. Home then suggests the next one.</translation>
    </message>
    <message>
        <source>← Previous lesson</source>
        <translation>← Previous lesson</translation>
    </message>
    <message>
        <source>Next lesson →</source>
        <translation>Next lesson →</translation>
    </message>
    <message>
        <source>Previous lesson</source>
        <translation>Previous lesson</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>Next lesson</translation>
    </message>
</context>
<context>
    <name>LessonSuggestionCard</name>
    <message>
        <source>Lesson of the week</source>
        <translation>Lesson of the week</translation>
    </message>
    <message>
        <source>Read the lesson</source>
        <translation>Read the lesson</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>A new lesson is suggested next week</source>
        <translation>A new lesson is suggested next week</translation>
    </message>
    <message>
        <source>About %1 minutes to read.</source>
        <translation>About %1 minutes to read.</translation>
    </message>
</context>
<context>
    <name>LessonsView</name>
    <message>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <source>Short lessons about osteoarthritis and exercise, a few minutes each. Knowing why exercise helps makes it easier to keep going.</source>
        <translation>Short lessons about osteoarthritis and exercise, a few minutes each. Knowing why exercise helps makes it easier to keep going.</translation>
    </message>
    <message>
        <source>You have read %1 of %2 lessons.</source>
        <translation>You have read %1 of %2 lessons.</translation>
    </message>
    <message>
        <source>✓ Read</source>
        <translation>✓ Read</translation>
    </message>
    <message>
        <source>About %1 minutes to read</source>
        <translation>About %1 minutes to read</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Level %1: %2</source>
        <translation>Level %1: %2</translation>
    </message>
    <message>
        <source>To start with: %1.</source>
        <translation>To start with: %1.</translation>
    </message>
    <message>
        <source>Pause the figure</source>
        <translation>Pause the figure</translation>
    </message>
    <message>
        <source>Play the figure</source>
        <translation>Play the figure</translation>
    </message>
    <message>
        <source>A little back</source>
        <translation>A little back</translation>
    </message>
    <message>
        <source>A little forward</source>
        <translation>A little forward</translation>
    </message>
    <message>
        <source>Try it in the player</source>
        <translation>Try it in the player</translation>
    </message>
    <message>
        <source>Back to the exercises</source>
        <translation>Back to the exercises</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercises</translation>
    </message>
    <message>
        <source>Choose a joint, then an exercise, to see how it is done. You can try any exercise in the player.</source>
        <translation>Choose a joint, then an exercise, to see how it is done. You can try any exercise in the player.</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Levels</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>How to do it</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Take care</translation>
    </message>
    <message>
        <source>When it feels easy</source>
        <translation>When it feels easy</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ledhälsa</source>
        <translation>Ledhälsa</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>My program</source>
        <translation>My program</translation>
    </message>
    <message>
        <source>Pain diary</source>
        <translation>Pain diary</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercises</translation>
    </message>
    <message>
        <source>Exercise now</source>
        <translation>Exercise now</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>MissedDayCard</name>
    <message>
        <source>yesterday</source>
        <translation>yesterday</translation>
    </message>
    <message>
        <source>on Monday</source>
        <translation>on Monday</translation>
    </message>
    <message>
        <source>on Tuesday</source>
        <translation>on Tuesday</translation>
    </message>
    <message>
        <source>on Wednesday</source>
        <translation>on Wednesday</translation>
    </message>
    <message>
        <source>on Thursday</source>
        <translation>on Thursday</translation>
    </message>
    <message>
        <source>on Friday</source>
        <translation>on Friday</translation>
    </message>
    <message>
        <source>on Saturday</source>
        <translation>on Saturday</translation>
    </message>
    <message>
        <source>on Sunday</source>
        <translation>on Sunday</translation>
    </message>
    <message>
        <source>There was no session %1.</source>
        <translation>There was no session %1.</translation>
    </message>
    <message>
        <source>That&apos;s all right – today&apos;s session is waiting whenever you like.</source>
        <translation>That&apos;s all right – today&apos;s session is waiting whenever you like.</translation>
    </message>
    <message>
        <source>That&apos;s all right – you can exercise today anyway, or wait for your next session.</source>
        <translation>That&apos;s all right – you can exercise today anyway, or wait for your next session.</translation>
    </message>
</context>
<context>
    <name>NextDayCard</name>
    <message>
        <source>Thank you. Your program is updated.</source>
        <translation>Thank you. Your program is updated.</translation>
    </message>
    <message>
        <source>Next time you do the same as last time.</source>
        <translation>Next time you do the same as last time.</translation>
    </message>
    <message>
        <source>How does it feel after your last session?</source>
        <translation>How does it feel after your last session?</translation>
    </message>
    <message>
        <source>You exercised on %1. Compared with how it usually feels:</source>
        <translation>You exercised on %1. Compared with how it usually feels:</translation>
    </message>
    <message>
        <source>Back to usual</source>
        <translation>Back to usual</translation>
    </message>
    <message>
        <source>Still worse than usual</source>
        <translation>Still worse than usual</translation>
    </message>
    <message>
        <source>Much worse</source>
        <translation>Much worse</translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message>
        <source>Pain, 0 to 10</source>
        <translation>Pain, 0 to 10</translation>
    </message>
    <message>
        <source>Training day</source>
        <translation>Training day</translation>
    </message>
    <message>
        <source>At the start: %1</source>
        <translation>At the start: %1</translation>
    </message>
    <message>
        <source>No diary entries in this period yet.</source>
        <translation>No diary entries in this period yet.</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>no pain</source>
        <translation>no pain</translation>
    </message>
    <message>
        <source>worst imaginable</source>
        <translation>worst imaginable</translation>
    </message>
    <message>
        <source>0 = no pain</source>
        <translation>0 = no pain</translation>
    </message>
    <message>
        <source>10 = worst imaginable</source>
        <translation>10 = worst imaginable</translation>
    </message>
</context>
<context>
    <name>PainStep</name>
    <message>
        <source>Choose a number from 0 to 10 for this question.</source>
        <translation>Choose a number from 0 to 10 for this question.</translation>
    </message>
    <message>
        <source>Your pain</source>
        <translation>Your pain</translation>
    </message>
    <message>
        <source>Choose a number from 0 to 10. 0 means no pain at all and 10 the worst pain you can imagine.</source>
        <translation>Choose a number from 0 to 10. 0 means no pain at all and 10 the worst pain you can imagine.</translation>
    </message>
    <message>
        <source>How much pain do you have in your joints right now?</source>
        <translation>How much pain do you have in your joints right now?</translation>
    </message>
    <message>
        <source>How much pain have you usually had during the last week?</source>
        <translation>How much pain have you usually had during the last week?</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Your first name (optional)</source>
        <translation>Your first name (optional)</translation>
    </message>
    <message>
        <source>Year of birth (optional)</source>
        <translation>Year of birth (optional)</translation>
    </message>
    <message>
        <source>for example 1952</source>
        <translation>for example 1952</translation>
    </message>
    <message>
        <source>Sex (optional)</source>
        <translation>Sex (optional)</translation>
    </message>
    <message>
        <source>Year of birth and sex are only used to compare your test results with others of your age.</source>
        <translation>Year of birth and sex are only used to compare your test results with others of your age.</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Woman</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Prefer not to say</translation>
    </message>
    <message>
        <source>The name is too long. Use at most %1 letters.</source>
        <translation>The name is too long. Use at most %1 letters.</translation>
    </message>
    <message>
        <source>The name contains characters that cannot be saved. Type it again.</source>
        <translation>The name contains characters that cannot be saved. Type it again.</translation>
    </message>
    <message>
        <source>Write the year with four digits, for example 1952.</source>
        <translation>Write the year with four digits, for example 1952.</translation>
    </message>
    <message>
        <source>Write a year from 1900 onwards, for example 1952.</source>
        <translation>Write a year from 1900 onwards, for example 1952.</translation>
    </message>
    <message>
        <source>Write a year no later than %1, with four digits.</source>
        <translation>Write a year no later than %1, with four digits.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>ProgramTexts</name>
    <message>
        <source>1 set of %1 holds, %2 seconds each</source>
        <translation>1 set of %1 holds, %2 seconds each</translation>
    </message>
    <message>
        <source>1 set of %1 repetitions</source>
        <translation>1 set of %1 repetitions</translation>
    </message>
    <message>
        <source>Warms up the joints and muscles so the rest of the session feels easier.</source>
        <translation>Warms up the joints and muscles so the rest of the session feels easier.</translation>
    </message>
    <message>
        <source>Strengthens your back, stomach and buttocks, which carry and steady the legs.</source>
        <translation>Strengthens your back, stomach and buttocks, which carry and steady the legs.</translation>
    </message>
    <message>
        <source>Teaches the knee to stay over the foot, which spreads the load evenly in the joint.</source>
        <translation>Teaches the knee to stay over the foot, which spreads the load evenly in the joint.</translation>
    </message>
    <message>
        <source>Builds the thigh and hip muscles that absorb the shocks the joint would otherwise take.</source>
        <translation>Builds the thigh and hip muscles that absorb the shocks the joint would otherwise take.</translation>
    </message>
    <message>
        <source>Practises everyday movements and balance, so stairs and walking feel safer.</source>
        <translation>Practises everyday movements and balance, so stairs and walking feel safer.</translation>
    </message>
    <message>
        <source>Keeps the finger joints moving, which eases stiffness and feeds the cartilage.</source>
        <translation>Keeps the finger joints moving, which eases stiffness and feeds the cartilage.</translation>
    </message>
    <message>
        <source>Strengthens your grip for jars, bags and door handles.</source>
        <translation>Strengthens your grip for jars, bags and door handles.</translation>
    </message>
    <message>
        <source>Keeps the thumb strong and mobile, which protects its sensitive base joint.</source>
        <translation>Keeps the thumb strong and mobile, which protects its sensitive base joint.</translation>
    </message>
    <message>
        <source>Trains fine control of each finger for buttons, writing and small things.</source>
        <translation>Trains fine control of each finger for buttons, writing and small things.</translation>
    </message>
    <message>
        <source>the level changes to “%1” with %2</source>
        <translation>the level changes to “%1” with %2</translation>
    </message>
    <message>
        <source>each hold is %1 seconds instead of %2</source>
        <translation>each hold is %1 seconds instead of %2</translation>
    </message>
    <message>
        <source>%1 repetitions a set instead of %2</source>
        <translation>%1 repetitions a set instead of %2</translation>
    </message>
    <message>
        <source>this is where you start, lower than you may think</source>
        <translation>this is where you start, lower than you may think</translation>
    </message>
    <message>
        <source>the last session went well: you did it all, the pain stayed at 4 or lower and was back to usual the next day</source>
        <translation>the last session went well: you did it all, the pain stayed at 4 or lower and was back to usual the next day</translation>
    </message>
    <message>
        <source>you have reached the top of this level and the last session went well</source>
        <translation>you have reached the top of this level and the last session went well</translation>
    </message>
    <message>
        <source>the pain during the last session was above 5</source>
        <translation>the pain during the last session was above 5</translation>
    </message>
    <message>
        <source>the pain was not back to usual the day after</source>
        <translation>the pain was not back to usual the day after</translation>
    </message>
    <message>
        <source>the pain was much worse than usual the day after</source>
        <translation>the pain was much worse than usual the day after</translation>
    </message>
    <message>
        <source>you said it hurt too much</source>
        <translation>you said it hurt too much</translation>
    </message>
    <message>
        <source>%1: %2, because %3.</source>
        <translation>%1: %2, because %3.</translation>
    </message>
    <message>
        <source>%1 gets a little harder: %2, because %3.</source>
        <translation>%1 gets a little harder: %2, because %3.</translation>
    </message>
    <message>
        <source>%1 gets a little easier: %2, because %3.</source>
        <translation>%1 gets a little easier: %2, because %3.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>These get a little harder, because %1:</source>
        <translation>These get a little harder, because %1:</translation>
    </message>
    <message>
        <source>These get a little easier, because %1:</source>
        <translation>These get a little easier, because %1:</translation>
    </message>
</context>
<context>
    <name>ProgramView</name>
    <message>
        <source>Choose at least %1 days. Until then your training days stay as they were: %2.</source>
        <translation>Choose at least %1 days. Until then your training days stay as they were: %2.</translation>
    </message>
    <message>
        <source>These days could not be saved. Choose the days again, at least two.</source>
        <translation>These days could not be saved. Choose the days again, at least two.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>My program</source>
        <translation>My program</translation>
    </message>
    <message>
        <source>You have no program yet</source>
        <translation>You have no program yet</translation>
    </message>
    <message>
        <source>Your program is made from a short assessment of about 3 minutes: a few questions about your joints and your pain, and a simple test of getting up from a chair. Then you get exercises that suit you, and the program grows with you, at a safe pace.</source>
        <translation>Your program is made from a short assessment of about 3 minutes: a few questions about your joints and your pain, and a simple test of getting up from a chair. Then you get exercises that suit you, and the program grows with you, at a safe pace.</translation>
    </message>
    <message>
        <source>Start the assessment</source>
        <translation>Start the assessment</translation>
    </message>
    <message>
        <source>Start today&apos;s session</source>
        <translation>Start today&apos;s session</translation>
    </message>
    <message>
        <source>Your exercises</source>
        <translation>Your exercises</translation>
    </message>
    <message>
        <source>In the order of a session, with how much you do today and why each exercise is there.</source>
        <translation>In the order of a session, with how much you do today and why each exercise is there.</translation>
    </message>
    <message>
        <source>Your training days</source>
        <translation>Your training days</translation>
    </message>
    <message>
        <source>Choose the days you want to exercise, at least 2. A rest day between sessions is good. A change is saved at once.</source>
        <translation>Choose the days you want to exercise, at least 2. A rest day between sessions is good. A change is saved at once.</translation>
    </message>
    <message>
        <source>Your next sessions</source>
        <translation>Your next sessions</translation>
    </message>
    <message>
        <source>What has changed and why</source>
        <translation>What has changed and why</translation>
    </message>
    <message>
        <source>After each session the program adjusts itself, by how the session went and how you felt the day after. Here is each change and the reason for it, newest first.</source>
        <translation>After each session the program adjusts itself, by how the session went and how you felt the day after. Here is each change and the reason for it, newest first.</translation>
    </message>
    <message>
        <source>Nothing has changed yet. After your first sessions, each change is shown here with its reason.</source>
        <translation>Nothing has changed yet. After your first sessions, each change is shown here with its reason.</translation>
    </message>
    <message>
        <source>Keeping it going</source>
        <translation>Keeping it going</translation>
    </message>
    <message>
        <source>You have done the 12 weeks of the program. Now you keep what you have built up, with 2 sessions a week.</source>
        <translation>You have done the 12 weeks of the program. Now you keep what you have built up, with 2 sessions a week.</translation>
    </message>
    <message>
        <source>Week %1 of %2</source>
        <translation>Week %1 of %2</translation>
    </message>
    <message>
        <source>The first 2 weeks are a gentle start, with 2 sessions a week.</source>
        <translation>The first 2 weeks are a gentle start, with 2 sessions a week.</translation>
    </message>
    <message>
        <source>You have done all %1 sessions this week. Well done!</source>
        <translation>You have done all %1 sessions this week. Well done!</translation>
    </message>
    <message>
        <source>This week you have done %1 of %2 sessions.</source>
        <translation>This week you have done %1 of %2 sessions.</translation>
    </message>
    <message>
        <source>A session takes about %1 minutes.</source>
        <translation>A session takes about %1 minutes.</translation>
    </message>
    <message>
        <source>You have exercised today. Your next session: %1.</source>
        <translation>You have exercised today. Your next session: %1.</translation>
    </message>
    <message>
        <source>Your next session: %1.</source>
        <translation>Your next session: %1.</translation>
    </message>
    <message>
        <source>Level %1: %2</source>
        <translation>Level %1: %2</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Today: %1</translation>
    </message>
    <message>
        <source>After your session on %1:</source>
        <translation>After your session on %1:</translation>
    </message>
    <message>
        <source>Show only the latest changes</source>
        <translation>Show only the latest changes</translation>
    </message>
    <message>
        <source>Show all changes</source>
        <translation>Show all changes</translation>
    </message>
    <message>
        <source>Where you started: on %1, at doses lower than you may think, so that your body can get used to the exercises.</source>
        <translation>Where you started: on %1, at doses lower than you may think, so that your body can get used to the exercises.</translation>
    </message>
</context>
<context>
    <name>ProgressTexts</name>
    <message>
        <source>Before you started, on %1, your pain was usually %2 out of 10.</source>
        <translation>Before you started, on %1, your pain was usually %2 out of 10.</translation>
    </message>
    <message>
        <source>There is nothing to compare with yet. Write in your diary how much it hurts, and you will see here how your pain changes.</source>
        <translation>There is nothing to compare with yet. Write in your diary how much it hurts, and you will see here how your pain changes.</translation>
    </message>
    <message>
        <source>At your retest on %1 it was usually %2 out of 10.</source>
        <translation>At your retest on %1 it was usually %2 out of 10.</translation>
    </message>
    <message>
        <source>In your diary for the last 7 days it is %1 out of 10 on average.</source>
        <translation>In your diary for the last 7 days it is %1 out of 10 on average.</translation>
    </message>
    <message>
        <source>In your diary for the last 4 weeks it is %1 out of 10 on average.</source>
        <translation>In your diary for the last 4 weeks it is %1 out of 10 on average.</translation>
    </message>
    <message>
        <source>That is about the same as when you started.</source>
        <translation>That is about the same as when you started.</translation>
    </message>
    <message>
        <source>That is %1 points less.</source>
        <translation>That is %1 points less.</translation>
    </message>
    <message>
        <source>That is %1 points less, or %2 % lower.</source>
        <translation>That is %1 points less, or %2 % lower.</translation>
    </message>
    <message>
        <source>That is %1 points more than when you started.</source>
        <translation>That is %1 points more than when you started.</translation>
    </message>
    <message>
        <source>In studies of exercise for osteoarthritis, pain goes down a little on average over a few months, and grip and movement often get easier.</source>
        <translation>In studies of exercise for osteoarthritis, pain goes down a little on average over a few months, and grip and movement often get easier.</translation>
    </message>
    <message>
        <source>For comparison: in GLA:D, a Danish program of education and exercise for knee and hip osteoarthritis, pain went down on average by about 1 point out of 10 (12 out of 100) after 3 months. Other reports speak of about a third less pain and a quarter better function.</source>
        <translation>For comparison: in GLA:D, a Danish program of education and exercise for knee and hip osteoarthritis, pain went down on average by about 1 point out of 10 (12 out of 100) after 3 months. Other reports speak of about a third less pain and a quarter better function.</translation>
    </message>
    <message>
        <source>Everyone is different, and the effect comes gradually.</source>
        <translation>Everyone is different, and the effect comes gradually.</translation>
    </message>
    <message>
        <source>Most people notice a difference after 6 to 8 weeks of regular exercise.</source>
        <translation>Most people notice a difference after 6 to 8 weeks of regular exercise.</translation>
    </message>
    <message>
        <source>Pain goes up and down. If it has been worse for several weeks, talk to a physiotherapist or your health centre.</source>
        <translation>Pain goes up and down. If it has been worse for several weeks, talk to a physiotherapist or your health centre.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Retest, week 6</source>
        <translation>Retest, week 6</translation>
    </message>
    <message>
        <source>Retest, week 12</source>
        <translation>Retest, week 12</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>0 (needed the arms)</source>
        <translation>0 (needed the arms)</translation>
    </message>
    <message>
        <source>cannot be compared</source>
        <translation>cannot be compared</translation>
    </message>
    <message>
        <source>better</source>
        <translation>better</translation>
    </message>
    <message>
        <source>no certain change</source>
        <translation>no certain change</translation>
    </message>
    <message>
        <source>fewer</source>
        <translation>fewer</translation>
    </message>
    <message>
        <source>The test counts how many times you stand up from a chair in 30 seconds. A change of fewer than %1 stands can be chance, so it is no certain change.</source>
        <translation>The test counts how many times you stand up from a chair in 30 seconds. A change of fewer than %1 stands can be chance, so it is no certain change.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Week %1</translation>
    </message>
    <message>
        <source>weeks %1–%2</source>
        <translation>weeks %1–%2</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>week %1</translation>
    </message>
    <message>
        <source>The program, %1</source>
        <translation>The program, %1</translation>
    </message>
    <message>
        <source>Keeping it going, %1</source>
        <translation>Keeping it going, %1</translation>
    </message>
    <message>
        <source>The last four weeks, %1</source>
        <translation>The last four weeks, %1</translation>
    </message>
    <message>
        <source>No sessions were planned yet.</source>
        <translation>No sessions were planned yet.</translation>
    </message>
    <message>
        <source>Since the start you have done %1 of the %2 sessions planned so far (%3 %).</source>
        <translation>Since the start you have done %1 of the %2 sessions planned so far (%3 %).</translation>
    </message>
    <message>
        <source>From %1, not marked as over</source>
        <translation>From %1, not marked as over</translation>
    </message>
    <message>
        <source>Ledhälsa is not a medical product and does not replace an examination. With serious or worsening symptoms, contact healthcare: in Sweden, call 1177.</source>
        <translation>Ledhälsa is not a medical product and does not replace an examination. With serious or worsening symptoms, contact healthcare: in Sweden, call 1177.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Program week</source>
        <translation>Program week</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Pain during (0–10)</source>
        <translation>Pain during (0–10)</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Exercises done</source>
        <translation>Exercises done</translation>
    </message>
    <message>
        <source>Exercises in the session</source>
        <translation>Exercises in the session</translation>
    </message>
    <message>
        <source>Lighter session</source>
        <translation>Lighter session</translation>
    </message>
    <message>
        <source>The day after</source>
        <translation>The day after</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>partly</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>not done</translation>
    </message>
    <message>
        <source>light</source>
        <translation>light</translation>
    </message>
    <message>
        <source>just right</source>
        <translation>just right</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>hard</translation>
    </message>
    <message>
        <source>too hard</source>
        <translation>too hard</translation>
    </message>
    <message>
        <source>as usual</source>
        <translation>as usual</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>worse</translation>
    </message>
    <message>
        <source>much worse</source>
        <translation>much worse</translation>
    </message>
    <message>
        <source>Pain, knee (0–10)</source>
        <translation>Pain, knee (0–10)</translation>
    </message>
    <message>
        <source>Pain, hip (0–10)</source>
        <translation>Pain, hip (0–10)</translation>
    </message>
    <message>
        <source>Pain, hand (0–10)</source>
        <translation>Pain, hand (0–10)</translation>
    </message>
    <message>
        <source>Stiffness</source>
        <translation>Stiffness</translation>
    </message>
    <message>
        <source>Sleep disturbed by pain</source>
        <translation>Sleep disturbed by pain</translation>
    </message>
    <message>
        <source>Pain medicine</source>
        <translation>Pain medicine</translation>
    </message>
    <message>
        <source>Which medicine</source>
        <translation>Which medicine</translation>
    </message>
    <message>
        <source>Flare</source>
        <translation>Flare</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>mild</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderate</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>severe</translation>
    </message>
    <message>
        <source>paracetamol</source>
        <translation>paracetamol</translation>
    </message>
    <message>
        <source>anti-inflammatory</source>
        <translation>anti-inflammatory</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Your progress</source>
        <translation>Your progress</translation>
    </message>
    <message>
        <source>How it is going since you started: your pain, the chair stand test and your sessions.</source>
        <translation>How it is going since you started: your pain, the chair stand test and your sessions.</translation>
    </message>
    <message>
        <source>You have no program yet</source>
        <translation>You have no program yet</translation>
    </message>
    <message>
        <source>Your progress is shown here once you have done the short assessment and started exercising. The assessment takes about 3 minutes.</source>
        <translation>Your progress is shown here once you have done the short assessment and started exercising. The assessment takes about 3 minutes.</translation>
    </message>
    <message>
        <source>Start the assessment</source>
        <translation>Start the assessment</translation>
    </message>
    <message>
        <source>Pain against the start</source>
        <translation>Pain against the start</translation>
    </message>
    <message>
        <source>Standing up from a chair</source>
        <translation>Standing up from a chair</translation>
    </message>
    <message>
        <source>Sessions each week</source>
        <translation>Sessions each week</translation>
    </message>
    <message>
        <source>Your exercises now</source>
        <translation>Your exercises now</translation>
    </message>
    <message>
        <source>What has changed and why</source>
        <translation>What has changed and why</translation>
    </message>
    <message>
        <source>Nothing has changed yet. After your first sessions, each change is shown here with its reason.</source>
        <translation>Nothing has changed yet. After your first sessions, each change is shown here with its reason.</translation>
    </message>
    <message>
        <source>Show more changes</source>
        <translation>Show more changes</translation>
    </message>
    <message>
        <source>Report for healthcare</source>
        <translation>Report for healthcare</translation>
    </message>
    <message>
        <source>One or two pages to bring to your physiotherapist or doctor: your tests, your pain, your sessions and your program. Save it as a PDF file or print it.</source>
        <translation>One or two pages to bring to your physiotherapist or doctor: your tests, your pain, your sessions and your program. Save it as a PDF file or print it.</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Your diary and your sessions can also be saved as spreadsheet files (CSV), which Excel and similar programs open.</source>
        <translation>Your diary and your sessions can also be saved as spreadsheet files (CSV), which Excel and similar programs open.</translation>
    </message>
    <message>
        <source>Save the diary as CSV</source>
        <translation>Save the diary as CSV</translation>
    </message>
    <message>
        <source>Save the sessions as CSV</source>
        <translation>Save the sessions as CSV</translation>
    </message>
    <message>
        <source>Stands in 30 seconds: %1</source>
        <translation>Stands in 30 seconds: %1</translation>
    </message>
    <message>
        <source>Normal for your age: %1 stands, so your result is %2.</source>
        <translation>Normal for your age: %1 stands, so your result is %2.</translation>
    </message>
    <message>
        <source>Against the start: %1</source>
        <translation>Against the start: %1</translation>
    </message>
    <message>
        <source>%1 (this week)</source>
        <translation>%1 (this week)</translation>
    </message>
    <message>
        <source>The newest %1 weeks, this week first. The report sums up every week since the start.</source>
        <translation>The newest %1 weeks, this week first. The report sums up every week since the start.</translation>
    </message>
    <message>
        <source>Level %1: %2. %3.</source>
        <translation>Level %1: %2. %3.</translation>
    </message>
    <message>
        <source>After your session on %1:</source>
        <translation>After your session on %1:</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Print the report</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be saved there. Choose another folder, such as Documents.</source>
        <translation>The report could not be saved there. Choose another folder, such as Documents.</translation>
    </message>
    <message>
        <source>The report is saved: %1</source>
        <translation>The report is saved: %1</translation>
    </message>
    <message>
        <source>The report could not be printed. Check that the printer is on, and try again.</source>
        <translation>The report could not be printed. Check that the printer is on, and try again.</translation>
    </message>
    <message>
        <source>The report has been sent to the printer.</source>
        <translation>The report has been sent to the printer.</translation>
    </message>
    <message>
        <source>Ledhälsa diary %1.csv</source>
        <translation>Ledhälsa diary %1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be saved there. Choose another folder, such as Documents.</source>
        <translation>The file could not be saved there. Choose another folder, such as Documents.</translation>
    </message>
    <message>
        <source>The diary is saved: %1</source>
        <translation>The diary is saved: %1</translation>
    </message>
    <message>
        <source>Ledhälsa sessions %1.csv</source>
        <translation>Ledhälsa sessions %1.csv</translation>
    </message>
    <message>
        <source>The sessions are saved: %1</source>
        <translation>The sessions are saved: %1</translation>
    </message>
</context>
<context>
    <name>RedFlagStopPage</name>
    <message>
        <source>Tick the box only if a doctor or physiotherapist has said you may exercise. Otherwise, close the assessment and contact healthcare first.</source>
        <translation>Tick the box only if a doctor or physiotherapist has said you may exercise. Otherwise, close the assessment and contact healthcare first.</translation>
    </message>
    <message>
        <source>You answered yes to questions about</source>
        <translation>You answered yes to questions about</translation>
    </message>
    <message>
        <source>Close the assessment</source>
        <translation>Close the assessment</translation>
    </message>
    <message>
        <source>You can do the assessment again later, once healthcare has checked you.</source>
        <translation>You can do the assessment again later, once healthcare has checked you.</translation>
    </message>
    <message>
        <source>Read the lesson: When to contact healthcare</source>
        <translation>Read the lesson: When to contact healthcare</translation>
    </message>
    <message>
        <source>Has healthcare already said yes?</source>
        <translation>Has healthcare already said yes?</translation>
    </message>
    <message>
        <source>If a doctor or physiotherapist knows about this and has said that you may exercise, you can go on with the assessment.</source>
        <translation>If a doctor or physiotherapist knows about this and has said that you may exercise, you can go on with the assessment.</translation>
    </message>
    <message>
        <source>Healthcare has said I may exercise</source>
        <translation>Healthcare has said I may exercise</translation>
    </message>
    <message>
        <source>A doctor or physiotherapist has said that I may exercise</source>
        <translation>A doctor or physiotherapist has said that I may exercise</translation>
    </message>
</context>
<context>
    <name>RedFlagsStep</name>
    <message>
        <source>Answer yes or no to this question.</source>
        <translation>Answer yes or no to this question.</translation>
    </message>
    <message>
        <source>A few health questions</source>
        <translation>A few health questions</translation>
    </message>
    <message>
        <source>Some signs mean that a doctor should look at you before you start exercising on your own. Answer yes or no to each question.</source>
        <translation>Some signs mean that a doctor should look at you before you start exercising on your own. Answer yes or no to each question.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <source>Saved: reminder at %1</source>
        <translation>Saved: reminder at %1</translation>
    </message>
    <message>
        <source>Ledhälsa could not be set to start with the computer: this computer did not let it write to %1. Everything else works as usual; you can start Ledhälsa yourself.</source>
        <translation>Ledhälsa could not be set to start with the computer: this computer did not let it write to %1. Everything else works as usual; you can start Ledhälsa yourself.</translation>
    </message>
    <message>
        <source>Ledhälsa could not stop starting with the computer: %1 could not be removed.</source>
        <translation>Ledhälsa could not stop starting with the computer: %1 could not be removed.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Remind me on my training days</source>
        <translation>Remind me on my training days</translation>
    </message>
    <message>
        <source>While Ledhälsa is running, a small message by the clock reminds you at the time below on the days you have chosen to exercise. Click it to begin.</source>
        <translation>While Ledhälsa is running, a small message by the clock reminds you at the time below on the days you have chosen to exercise. Click it to begin.</translation>
    </message>
    <message>
        <source>No reminders. Home still shows when it is a training day.</source>
        <translation>No reminders. Home still shows when it is a training day.</translation>
    </message>
    <message>
        <source>Time of the reminder</source>
        <translation>Time of the reminder</translation>
    </message>
    <message>
        <source>Reminder at %1</source>
        <translation>Reminder at %1</translation>
    </message>
    <message>
        <source>− 15 min</source>
        <translation>− 15 min</translation>
    </message>
    <message>
        <source>15 minutes earlier</source>
        <translation>15 minutes earlier</translation>
    </message>
    <message>
        <source>+ 15 min</source>
        <translation>+ 15 min</translation>
    </message>
    <message>
        <source>15 minutes later</source>
        <translation>15 minutes later</translation>
    </message>
    <message>
        <source>Or choose a time:</source>
        <translation>Or choose a time:</translation>
    </message>
    <message>
        <source>Start Ledhälsa when the computer starts</source>
        <translation>Start Ledhälsa when the computer starts</translation>
    </message>
    <message>
        <source>When you start the computer, Ledhälsa starts quietly as a small icon by the clock, without opening its window, so that the reminders come. Click the icon to open Ledhälsa.</source>
        <translation>When you start the computer, Ledhälsa starts quietly as a small icon by the clock, without opening its window, so that the reminders come. Click the icon to open Ledhälsa.</translation>
    </message>
    <message>
        <source>Reminders come only while Ledhälsa is running. Tick this, and Ledhälsa starts quietly as a small icon by the clock when you start the computer.</source>
        <translation>Reminders come only while Ledhälsa is running. Tick this, and Ledhälsa starts quietly as a small icon by the clock when you start the computer.</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>Ledhälsa: your exercise program</source>
        <translation>Ledhälsa: your exercise program</translation>
    </message>
    <message>
        <source>Open Ledhälsa</source>
        <translation>Open Ledhälsa</translation>
    </message>
    <message>
        <source>Today&apos;s session</source>
        <translation>Today&apos;s session</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Ledhälsa is still here</source>
        <translation>Ledhälsa is still here</translation>
    </message>
    <message>
        <source>Ledhälsa keeps running as a small icon by the clock, so that it can remind you on your training days. Click the icon to open it again. To close it completely, click the icon and choose Quit.</source>
        <translation>Ledhälsa keeps running as a small icon by the clock, so that it can remind you on your training days. Click the icon to open it again. To close it completely, click the icon and choose Quit.</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>I understand</translation>
    </message>
    <message>
        <source>Time for today&apos;s session – about %1 minutes. Click here to begin.</source>
        <translation>Time for today&apos;s session – about %1 minutes. Click here to begin.</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Report for healthcare</source>
        <translation>Report for healthcare</translation>
    </message>
    <message>
        <source>Ledhälsa report %1.pdf</source>
        <translation>Ledhälsa report %1.pdf</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>%1 (%2 years this year)</source>
        <translation>%1 (%2 years this year)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Joints</source>
        <translation>Joints</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Week %1: keeping it going after the 12 weeks, 2 sessions a week</source>
        <translation>Week %1: keeping it going after the 12 weeks, 2 sessions a week</translation>
    </message>
    <message>
        <source>Week %1 of 12</source>
        <translation>Week %1 of 12</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Training days</source>
        <translation>Training days</translation>
    </message>
    <message>
        <source>Pain diary</source>
        <translation>Pain diary</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 entries</translation>
    </message>
    <message>
        <source>no entries</source>
        <translation>no entries</translation>
    </message>
    <message>
        <source>Pain now (0–10)</source>
        <translation>Pain now (0–10)</translation>
    </message>
    <message>
        <source>Usual pain the week before (0–10)</source>
        <translation>Usual pain the week before (0–10)</translation>
    </message>
    <message>
        <source>Function score (0–100, the program&apos;s own)</source>
        <translation>Function score (0–100, the program&apos;s own)</translation>
    </message>
    <message>
        <source>Chair stands in 30 seconds</source>
        <translation>Chair stands in 30 seconds</translation>
    </message>
    <message>
        <source>Normal range for age and sex</source>
        <translation>Normal range for age and sex</translation>
    </message>
    <message>
        <source>Chair stands against the start</source>
        <translation>Chair stands against the start</translation>
    </message>
    <message>
        <source>Standing on one leg (seconds)</source>
        <translation>Standing on one leg (seconds)</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Weeks</translation>
    </message>
    <message>
        <source>Sessions done of planned</source>
        <translation>Sessions done of planned</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercise</translation>
    </message>
    <message>
        <source>Level now</source>
        <translation>Level now</translation>
    </message>
    <message>
        <source>Dose now</source>
        <translation>Dose now</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>At the start</translation>
    </message>
    <message>
        <source>Level %1, %2</source>
        <translation>Level %1, %2</translation>
    </message>
    <message>
        <source>%1: %2, because %3.</source>
        <translation>%1: %2, because %3.</translation>
    </message>
    <message>
        <source>… and %1 earlier.</source>
        <translation>… and %1 earlier.</translation>
    </message>
    <message>
        <source>… and after %1 earlier sessions.</source>
        <translation>… and after %1 earlier sessions.</translation>
    </message>
    <message>
        <source>The program has advised contacting a physiotherapist: the pain rose after exercise more than once within a short time.</source>
        <translation>The program has advised contacting a physiotherapist: the pain rose after exercise more than once within a short time.</translation>
    </message>
    <message>
        <source>Exercises made easier, and why:</source>
        <translation>Exercises made easier, and why:</translation>
    </message>
    <message>
        <source>Flares (periods of more pain and swelling than usual):</source>
        <translation>Flares (periods of more pain and swelling than usual):</translation>
    </message>
    <message>
        <source>At the first assessment, answered yes to: %1. Confirmed that a doctor or physiotherapist had approved exercise.</source>
        <translation>At the first assessment, answered yes to: %1. Confirmed that a doctor or physiotherapist had approved exercise.</translation>
    </message>
    <message>
        <source>At the first assessment, answered no to every question about warning signs.</source>
        <translation>At the first assessment, answered no to every question about warning signs.</translation>
    </message>
    <message>
        <source>%1: an assessment stopped at the warning signs, answered yes to: %2.</source>
        <translation>%1: an assessment stopped at the warning signs, answered yes to: %2.</translation>
    </message>
    <message>
        <source>Warning signs (red flags):</source>
        <translation>Warning signs (red flags):</translation>
    </message>
    <message>
        <source>Nothing to note.</source>
        <translation>Nothing to note.</translation>
    </message>
    <message>
        <source>From Ledhälsa, a home exercise program for osteoarthritis. Made on %1.</source>
        <translation>From Ledhälsa, a home exercise program for osteoarthritis. Made on %1.</translation>
    </message>
    <message>
        <source>No program yet: the assessment that the program is made from has not been done.</source>
        <translation>No program yet: the assessment that the program is made from has not been done.</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Normal ranges: 30-second chair stand test, Rikli and Jones 1999 (25th to 75th percentile).</source>
        <translation>Normal ranges: 30-second chair stand test, Rikli and Jones 1999 (25th to 75th percentile).</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Pain</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>The program now</source>
        <translation>The program now</translation>
    </message>
    <message>
        <source>Worth noting</source>
        <translation>Worth noting</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Choose at least %1 days a week to exercise.</source>
        <translation>Choose at least %1 days a week to exercise.</translation>
    </message>
    <message>
        <source>Your result</source>
        <translation>Your result</translation>
    </message>
    <message>
        <source>Thank you! Here is what your answers and tests show, and how your program will start.</source>
        <translation>Thank you! Here is what your answers and tests show, and how your program will start.</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Pain</translation>
    </message>
    <message>
        <source>Everyday activities</source>
        <translation>Everyday activities</translation>
    </message>
    <message>
        <source>Standing up from a chair</source>
        <translation>Standing up from a chair</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Where you start</source>
        <translation>Where you start</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>What happens next</translation>
    </message>
    <message>
        <source>Which days do you want to exercise?</source>
        <translation>Which days do you want to exercise?</translation>
    </message>
    <message>
        <source>Choose at least 2 days. Three days with a rest day between them is best, for example Monday, Wednesday and Friday. In weeks 1 and 2 you exercise on two of them.</source>
        <translation>Choose at least 2 days. Three days with a rest day between them is best, for example Monday, Wednesday and Friday. In weeks 1 and 2 you exercise on two of them.</translation>
    </message>
</context>
<context>
    <name>RetestResultPage</name>
    <message>
        <source>Your retest</source>
        <translation>Your retest</translation>
    </message>
    <message>
        <source>Here is how you are doing now, compared with when you started.</source>
        <translation>Here is how you are doing now, compared with when you started.</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Pain</translation>
    </message>
    <message>
        <source>Everyday activities</source>
        <translation>Everyday activities</translation>
    </message>
    <message>
        <source>Standing up from a chair</source>
        <translation>Standing up from a chair</translation>
    </message>
    <message>
        <source>Keep going: exercising regularly is what makes the difference, and it keeps helping.</source>
        <translation>Keep going: exercising regularly is what makes the difference, and it keeps helping.</translation>
    </message>
</context>
<context>
    <name>SessionSummary</name>
    <message>
        <source>Well done!</source>
        <translation>Well done!</translation>
    </message>
    <message>
        <source>Thank you for your answers</source>
        <translation>Thank you for your answers</translation>
    </message>
    <message>
        <source>You did not finish any exercise this time. That is all right.</source>
        <translation>You did not finish any exercise this time. That is all right.</translation>
    </message>
    <message>
        <source>You did %1 of %2 exercises:</source>
        <translation>You did %1 of %2 exercises:</translation>
    </message>
    <message>
        <source>Next time</source>
        <translation>Next time</translation>
    </message>
    <message>
        <source>If your pain is back to your usual level tomorrow:</source>
        <translation>If your pain is back to your usual level tomorrow:</translation>
    </message>
    <message>
        <source>The same exercises at the same doses. The program only makes them harder after a session done in full, with pain at 4 or lower, that is back to usual the next day.</source>
        <translation>The same exercises at the same doses. The program only makes them harder after a session done in full, with pain at 4 or lower, that is back to usual the next day.</translation>
    </message>
    <message>
        <source>The pain went above 5. Next time will be a little lighter. If the pain has not settled by tomorrow, rest the joint a day; if it keeps coming back, talk to a physiotherapist.</source>
        <translation>The pain went above 5. Next time will be a little lighter. If the pain has not settled by tomorrow, rest the joint a day; if it keeps coming back, talk to a physiotherapist.</translation>
    </message>
    <message>
        <source>Read the lesson: Pain during exercise</source>
        <translation>Read the lesson: Pain during exercise</translation>
    </message>
    <message>
        <source>Back to Home</source>
        <translation>Back to Home</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>Change to an easier level</source>
        <translation>Change to an easier level</translation>
    </message>
    <message>
        <source>Skip this exercise today</source>
        <translation>Skip this exercise today</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>Carry on</translation>
    </message>
    <message>
        <source>Good that you said so</source>
        <translation>Good that you said so</translation>
    </message>
    <message>
        <source>Stop for a moment. Pain up to 4 out of 10 is fine if it settles by the next day; sharp or increasing pain is a sign to do less. What would you like to do?</source>
        <translation>Stop for a moment. Pain up to 4 out of 10 is fine if it settles by the next day; sharp or increasing pain is a sign to do less. What would you like to do?</translation>
    </message>
    <message>
        <source>End the session now?</source>
        <translation>End the session now?</translation>
    </message>
    <message>
        <source>What you have done so far is kept. Then come three short questions about how it went.</source>
        <translation>What you have done so far is kept. Then come three short questions about how it went.</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>End the session</translation>
    </message>
    <message>
        <source>Exercise %1 of %2 · level %3: %4</source>
        <translation>Exercise %1 of %2 · level %3: %4</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>Repetition</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Speed %1×</source>
        <translation>Speed %1×</translation>
    </message>
    <message>
        <source>Right hand</source>
        <translation>Right hand</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Right leg</translation>
    </message>
    <message>
        <source>Left hand</source>
        <translation>Left hand</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Left leg</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Get ready</translation>
    </message>
    <message>
        <source>Hold %1</source>
        <translation>Hold %1</translation>
    </message>
    <message>
        <source>Rest %1</source>
        <translation>Rest %1</translation>
    </message>
    <message>
        <source>Change sides %1</source>
        <translation>Change sides %1</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Well done!</translation>
    </message>
    <message>
        <source>Start the exercise</source>
        <translation>Start the exercise</translation>
    </message>
    <message>
        <source>Skip the rest</source>
        <translation>Skip the rest</translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation>Next exercise</translation>
    </message>
    <message>
        <source>Try the short sample session instead</source>
        <translation>Try the short sample session instead</translation>
    </message>
    <message>
        <source>Today&apos;s session</source>
        <translation>Today&apos;s session</translation>
    </message>
    <message>
        <source>About %1 minutes. The figure shows you each exercise, and you set the pace.</source>
        <translation>About %1 minutes. The figure shows you each exercise, and you set the pace.</translation>
    </message>
    <message>
        <source>You have marked a flare: you can choose a lighter session today, and nothing gets harder until the flare is over.</source>
        <translation>You have marked a flare: you can choose a lighter session today, and nothing gets harder until the flare is over.</translation>
    </message>
    <message>
        <source>Start today&apos;s session</source>
        <translation>Start today&apos;s session</translation>
    </message>
    <message>
        <source>Start a lighter session</source>
        <translation>Start a lighter session</translation>
    </message>
    <message>
        <source>The session is over</source>
        <translation>The session is over</translation>
    </message>
    <message>
        <source>You skipped the exercises this time. That is all right: try again when it suits you.</source>
        <translation>You skipped the exercises this time. That is all right: try again when it suits you.</translation>
    </message>
    <message>
        <source>You did the exercise. Well done! Regular exercise is what makes the difference.</source>
        <translation>You did the exercise. Well done! Regular exercise is what makes the difference.</translation>
    </message>
    <message>
        <source>You did %1 of %2 exercises. Well done! Regular exercise is what makes the difference.</source>
        <translation>You did %1 of %2 exercises. Well done! Regular exercise is what makes the difference.</translation>
    </message>
    <message>
        <source>Back to Home</source>
        <translation>Back to Home</translation>
    </message>
    <message>
        <source>Do the session again</source>
        <translation>Do the session again</translation>
    </message>
    <message>
        <source>Try a short session</source>
        <translation>Try a short session</translation>
    </message>
    <message>
        <source>See how exercising with Ledhälsa works: four calm exercises, about ten minutes. The figure shows you how, and you set the pace. Have a sturdy chair without wheels ready.</source>
        <translation>See how exercising with Ledhälsa works: four calm exercises, about ten minutes. The figure shows you how, and you set the pace. Have a sturdy chair without wheels ready.</translation>
    </message>
    <message>
        <source>Start the short session</source>
        <translation>Start the short session</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Slower</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Faster</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Mirror</translation>
    </message>
    <message>
        <source>Show the figure from the other side</source>
        <translation>Show the figure from the other side</translation>
    </message>
    <message>
        <source>Too painful / too hard</source>
        <translation>Too painful / too hard</translation>
    </message>
    <message>
        <source>Left arrow key</source>
        <translation>Left arrow key</translation>
    </message>
    <message>
        <source>Right arrow key</source>
        <translation>Right arrow key</translation>
    </message>
    <message>
        <source>Space bar</source>
        <translation>Space bar</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>This is how large the text is. Choose the size that is easiest for you to read.</source>
        <translation>This is how large the text is. Choose the size that is easiest for you to read.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colours</translation>
    </message>
    <message>
        <source>High contrast shows white text on a black background.</source>
        <translation>High contrast shows white text on a black background.</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voice</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>About you</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Your data</translation>
    </message>
    <message>
        <source>Everything you enter is kept in this folder on your computer, and nowhere else:</source>
        <translation>Everything you enter is kept in this folder on your computer, and nowhere else:</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>About Ledhälsa</source>
        <translation>About Ledhälsa</translation>
    </message>
    <message>
        <source>Ledhälsa version %1</source>
        <translation>Ledhälsa version %1</translation>
    </message>
    <message>
        <source>Software we build on</source>
        <translation>Software we build on</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>StartupMessages</name>
    <message>
        <source>a newer version</source>
        <translation>a newer version</translation>
    </message>
    <message>
        <source>Your data was saved by Ledhälsa %1, which is newer than this program. To keep your data safe, this program will not open it. Please install the newer version of Ledhälsa.</source>
        <translation>Your data was saved by Ledhälsa %1, which is newer than this program. To keep your data safe, this program will not open it. Please install the newer version of Ledhälsa.</translation>
    </message>
    <message>
        <source>Your data file could not be read: it is damaged. It will be kept aside, not deleted, and there is no backup to go back to, so the program will start with empty data.</source>
        <translation>Your data file could not be read: it is damaged. It will be kept aside, not deleted, and there is no backup to go back to, so the program will start with empty data.</translation>
    </message>
    <message>
        <source>Your data file could not be read: it is damaged. It will be kept aside, not deleted. There is a backup from %1. Do you want to continue with that backup?</source>
        <translation>Your data file could not be read: it is damaged. It will be kept aside, not deleted. There is a backup from %1. Do you want to continue with that backup?</translation>
    </message>
    <message>
        <source>The damaged file is kept as %1 in your data folder.</source>
        <translation>The damaged file is kept as %1 in your data folder.</translation>
    </message>
    <message>
        <source>The program has started with empty data.</source>
        <translation>The program has started with empty data.</translation>
    </message>
    <message>
        <source>Your data from %1 is back.</source>
        <translation>Your data from %1 is back.</translation>
    </message>
    <message>
        <source>What the computer reported: %1</source>
        <translation>What the computer reported: %1</translation>
    </message>
    <message>
        <source>Ledhälsa is already open with this data folder. Do you want to switch to the open window?</source>
        <translation>Ledhälsa is already open with this data folder. Do you want to switch to the open window?</translation>
    </message>
    <message>
        <source>Your data file has been dealt with</source>
        <translation>Your data file has been dealt with</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Your data is from a newer version</source>
        <translation>Your data is from a newer version</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Use the backup</source>
        <translation>Use the backup</translation>
    </message>
    <message>
        <source>Start with empty data</source>
        <translation>Start with empty data</translation>
    </message>
    <message>
        <source>Your data file could not be read</source>
        <translation>Your data file could not be read</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>TextSizeChoice</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Text size %1 per cent</source>
        <translation>Text size %1 per cent</translation>
    </message>
</context>
<context>
    <name>ThemeChoice</name>
    <message>
        <source>Normal colours</source>
        <translation>Normal colours</translation>
    </message>
    <message>
        <source>Dark text on a light background</source>
        <translation>Dark text on a light background</translation>
    </message>
    <message>
        <source>White text on a black background</source>
        <translation>White text on a black background</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
</context>
<context>
    <name>TodayCard</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Keeping it up: week %1 since you started</source>
        <translation>Keeping it up: week %1 since you started</translation>
    </message>
    <message>
        <source>Week %1 of 12</source>
        <translation>Week %1 of 12</translation>
    </message>
    <message>
        <source>This week: %1 of %2 sessions done.</source>
        <translation>This week: %1 of %2 sessions done.</translation>
    </message>
    <message>
        <source>You have exercised today. Well done!</source>
        <translation>You have exercised today. Well done!</translation>
    </message>
    <message>
        <source>Next session: %1.</source>
        <translation>Next session: %1.</translation>
    </message>
    <message>
        <source>Exercise again today</source>
        <translation>Exercise again today</translation>
    </message>
    <message>
        <source>Today is a training day: about %1 minutes.</source>
        <translation>Today is a training day: about %1 minutes.</translation>
    </message>
    <message>
        <source>Start today&apos;s session</source>
        <translation>Start today&apos;s session</translation>
    </message>
    <message>
        <source>Next session: %1. Rest days are part of the program.</source>
        <translation>Next session: %1. Rest days are part of the program.</translation>
    </message>
    <message>
        <source>Exercise today anyway</source>
        <translation>Exercise today anyway</translation>
    </message>
    <message>
        <source>See my program</source>
        <translation>See my program</translation>
    </message>
    <message>
        <source>It is week %1: time for a short check of pain, daily activities and the chair test, to see what has changed since you started.</source>
        <translation>It is week %1: time for a short check of pain, daily activities and the chair test, to see what has changed since you started.</translation>
    </message>
    <message>
        <source>Do the week %1 check</source>
        <translation>Do the week %1 check</translation>
    </message>
    <message>
        <source>You marked a flare on %1. Nothing gets harder until it is over, and you can choose a lighter session. A short rest is fine; gentle movement usually helps.</source>
        <translation>You marked a flare on %1. Nothing gets harder until it is over, and you can choose a lighter session. A short rest is fine; gentle movement usually helps.</translation>
    </message>
    <message>
        <source>The flare is over</source>
        <translation>The flare is over</translation>
    </message>
    <message>
        <source>I have a flare</source>
        <translation>I have a flare</translation>
    </message>
    <message>
        <source>A flare is a period of more pain and swelling than usual. The program then holds back.</source>
        <translation>A flare is a period of more pain and swelling than usual. The program then holds back.</translation>
    </message>
    <message>
        <source>Talk to a physiotherapist</source>
        <translation>Talk to a physiotherapist</translation>
    </message>
    <message>
        <source>The pain has gone up after exercising more than once lately. The program has made the exercises easier. Please talk to a physiotherapist about how to go on; in Sweden you can call 1177 for advice.</source>
        <translation>The pain has gone up after exercising more than once lately. The program has made the exercises easier. Please talk to a physiotherapist about how to go on; in Sweden you can call 1177 for advice.</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>I understand</translation>
    </message>
</context>
<context>
    <name>VoiceSettings</name>
    <message>
        <source>Up. Down. Hold. Well done!</source>
        <translation>Up. Down. Hold. Well done!</translation>
    </message>
    <message>
        <source>This computer has no voice for the language you have chosen, so nothing is read aloud.</source>
        <translation>This computer has no voice for the language you have chosen, so nothing is read aloud.</translation>
    </message>
    <message>
        <source>This computer has no voice for reading aloud, so nothing is read aloud.</source>
        <translation>This computer has no voice for reading aloud, so nothing is read aloud.</translation>
    </message>
    <message>
        <source>Everything else works as usual.</source>
        <translation>Everything else works as usual.</translation>
    </message>
    <message>
        <source>In Windows, add a voice under Settings › Time &amp; language › Speech.</source>
        <translation>In Windows, add a voice under Settings › Time &amp; language › Speech.</translation>
    </message>
    <message>
        <source>On a Mac, add a voice under System Settings › Accessibility › Spoken Content.</source>
        <translation>On a Mac, add a voice under System Settings › Accessibility › Spoken Content.</translation>
    </message>
    <message>
        <source>On Linux, install the packages speech-dispatcher and espeak-ng, then restart Ledhälsa.</source>
        <translation>On Linux, install the packages speech-dispatcher and espeak-ng, then restart Ledhälsa.</translation>
    </message>
    <message>
        <source>Read instructions aloud</source>
        <translation>Read instructions aloud</translation>
    </message>
    <message>
        <source>No reading aloud</source>
        <translation>No reading aloud</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>Reading speed</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Slow</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Fast</translation>
    </message>
    <message>
        <source>Reading speed: %1</source>
        <translation>Reading speed: %1</translation>
    </message>
    <message>
        <source>Listen to a sample</source>
        <translation>Listen to a sample</translation>
    </message>
</context>
<context>
    <name>WeeklyPlan</name>
    <message>
        <source>Level %1: %2. %3</source>
        <translation>Level %1: %2. %3</translation>
    </message>
    <message>
        <source>My exercise week</source>
        <translation>My exercise week</translation>
    </message>
    <message>
        <source>Ledhälsa weekly plan %1.pdf</source>
        <translation>Ledhälsa weekly plan %1.pdf</translation>
    </message>
    <message>
        <source>Keeping it going</source>
        <translation>Keeping it going</translation>
    </message>
    <message>
        <source>Week %1 of 12</source>
        <translation>Week %1 of 12</translation>
    </message>
    <message>
        <source>Put a cross in the box when you have done an exercise. Take your time, and rest between them.</source>
        <translation>Put a cross in the box when you have done an exercise. Take your time, and rest between them.</translation>
    </message>
    <message>
        <source>The whole session done</source>
        <translation>The whole session done</translation>
    </message>
    <message>
        <source>Some pain while exercising is all right, up to 4 of 10, if it has settled by the next day. If it hurts more than that, or is not better the next day, take it easier next time; if it keeps on, talk to a physiotherapist or call 1177.</source>
        <translation>Some pain while exercising is all right, up to 4 of 10, if it has settled by the next day. If it hurts more than that, or is not better the next day, take it easier next time; if it keeps on, talk to a physiotherapist or call 1177.</translation>
    </message>
</context>
<context>
    <name>WeeklyPlanCard</name>
    <message>
        <source>Save the weekly plan as PDF</source>
        <translation>Save the weekly plan as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Print the weekly plan</source>
        <translation>Print the weekly plan</translation>
    </message>
    <message>
        <source>The weekly plan could not be saved there. Choose another folder, such as Documents.</source>
        <translation>The weekly plan could not be saved there. Choose another folder, such as Documents.</translation>
    </message>
    <message>
        <source>The weekly plan is saved: %1</source>
        <translation>The weekly plan is saved: %1</translation>
    </message>
    <message>
        <source>The weekly plan could not be printed. Check that the printer is on, and try again.</source>
        <translation>The weekly plan could not be printed. Check that the printer is on, and try again.</translation>
    </message>
    <message>
        <source>The weekly plan has been sent to the printer.</source>
        <translation>The weekly plan has been sent to the printer.</translation>
    </message>
    <message>
        <source>Your week on paper</source>
        <translation>Your week on paper</translation>
    </message>
    <message>
        <source>A plan of this week&apos;s training days with your exercises and how much to do, in large print, with a box to tick for each one. Put it on the fridge door.</source>
        <translation>A plan of this week&apos;s training days with your exercises and how much to do, in large print, with a box to tick for each one. Put it on the fridge door.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome to Ledhälsa</source>
        <translation>Welcome to Ledhälsa</translation>
    </message>
    <message>
        <source>Choose a text size</source>
        <translation>Choose a text size</translation>
    </message>
    <message>
        <source>What Ledhälsa does</source>
        <translation>What Ledhälsa does</translation>
    </message>
    <message>
        <source>Your data stays with you</source>
        <translation>Your data stays with you</translation>
    </message>
    <message>
        <source>What should we call you?</source>
        <translation>What should we call you?</translation>
    </message>
    <message>
        <source>Choose the language you want to use. You can change it later in Settings.</source>
        <translation>Choose the language you want to use. You can change it later in Settings.</translation>
    </message>
    <message>
        <source>Pick the size that is easiest to read. The whole program changes at once.</source>
        <translation>Pick the size that is easiest to read. The whole program changes at once.</translation>
    </message>
    <message>
        <source>Ledhälsa is a home exercise program for osteoarthritis of the knee, hip or hand, built on the same ideas as the exercise programs used in Swedish healthcare.</source>
        <translation>Ledhälsa is a home exercise program for osteoarthritis of the knee, hip or hand, built on the same ideas as the exercise programs used in Swedish healthcare.</translation>
    </message>
    <message>
        <source>Everything you enter is saved only on this computer. There is no account, nothing is sent over the internet, and the program works without a connection. A backup copy is made automatically, and you can see the copies in Settings.</source>
        <translation>Everything you enter is saved only on this computer. There is no account, nothing is sent over the internet, and the program works without a connection. A backup copy is made automatically, and you can see the copies in Settings.</translation>
    </message>
    <message>
        <source>If you like, write your first name so that the program can greet you. You can leave it empty.</source>
        <translation>If you like, write your first name so that the program can greet you. You can leave it empty.</translation>
    </message>
    <message>
        <source>This is how large the text will be. You can change it at any time in Settings.</source>
        <translation>This is how large the text will be. You can change it at any time in Settings.</translation>
    </message>
    <message>
        <source>It helps you to</source>
        <translation>It helps you to</translation>
    </message>
    <message>
        <source>• exercise regularly at home with clear instructions
• start at a gentle level and increase safely, step by step
• keep track of your pain and see your progress</source>
        <translation>• exercise regularly at home with clear instructions
• start at a gentle level and increase safely, step by step
• keep track of your pain and see your progress</translation>
    </message>
    <message>
        <source>It is not</source>
        <translation>It is not</translation>
    </message>
    <message>
        <source>• a medical product, and it does not replace a doctor or physiotherapist
• a place to seek help: if your symptoms are severe or getting worse, contact healthcare (in Sweden, call 1177)</source>
        <translation>• a medical product, and it does not replace a doctor or physiotherapist
• a place to seek help: if your symptoms are severe or getting worse, contact healthcare (in Sweden, call 1177)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Start using Ledhälsa</source>
        <translation>Start using Ledhälsa</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
</context>
</TS>
